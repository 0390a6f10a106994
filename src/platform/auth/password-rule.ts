import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * The password rule, shared by the server and the web forms so both refuse the same passwords for the same
 * reason: at least 8 characters, and hard to guess by zxcvbn's estimate (score 3 of 4: "safely unguessable",
 * which also holds against an offline attack on a slow hash). The estimator and its dictionaries (about 1 MB) are
 * imported on first use, so the web app's sign-in page does not carry them.
 */
const minPasswordLength = 8;
const minScore = 3;

/** The reasons, keyed by zxcvbn's own warning ids where it names one. */
export const passwordProblems = [
  'tooShort',
  'weak',
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

/** Words anyone would try against this platform first. */
const platformWords = ['qiao', 'qiao2026', 'qingdao', 'admin', 'zhaoshang', 'mima', 'password'];

let loading: Promise<void> | undefined;
let estimator: ZxcvbnFactory | undefined;

/** Loads the estimator once; the server awaits it at start, a web form before its first check. */
export function loadPasswordEstimator(): Promise<void> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    estimator = new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: {
        ...common.dictionary,
        'commonWords-en': en.dictionary['commonWords-en'],
        'firstnames-en': en.dictionary['firstnames-en'],
        'lastnames-en': en.dictionary['lastnames-en'],
      },
    });
  })();
  return loading;
}

/** "zhou.min" is guessed as "zhoumin", "zhou" and "min" too. */
function variantsOf(word: string): string[] {
  const parts = word.split(/[\s._@-]+/).filter((part) => part.length >= 3);
  return [word, parts.join(''), ...parts].filter(Boolean);
}

function isPasswordProblem(value: string | null): value is PasswordProblem {
  return (passwordProblems as readonly (string | null)[]).includes(value);
}

/**
 * Why this password is refused, or null when it is good enough; after loadPasswordEstimator. `personalWords` are
 * the account's own (username, display name): anyone who knows whose password it is tries them first.
 */
export function findPasswordProblem(password: string, personalWords: readonly string[] = []): PasswordProblem | null {
  if ([...password].length < minPasswordLength) return 'tooShort';
  if (!estimator) throw new Error('the password estimator is not loaded yet: await loadPasswordEstimator() first');
  const { score, feedback } = estimator.check(password, [...platformWords, ...personalWords.flatMap(variantsOf)]);
  if (score >= minScore) return null;
  return isPasswordProblem(feedback.warning) ? feedback.warning : 'weak';
}

/** The message key of a problem, as the server's catalogue and the web forms name it. */
export const passwordProblemKey = (problem: PasswordProblem) => `auth.password.${problem}` as const;
