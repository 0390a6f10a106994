/**
 * Many judges' scores of a phase's entries → one value per entry, with what the ranking page shows of how it was
 * reached. Abstentions and scores never given are left out, never counted as zero; an entry nobody scored has no
 * value and is unranked.
 */

export const aggregationMethods = ['mean', 'trimmed-mean', 'z-score'] as const;
/**
 * `mean`: the mean of the entry's scores. `trimmed-mean`: the same without the entry's highest and lowest score,
 * once it has `trimmedMeanMinimumScores` or more. `z-score`: the mean of the entry's scores each normalised on its
 * judge's own scale, so that a harsh judge and a lenient one weigh the same (see `JudgeStatistics`).
 */
export type AggregationMethod = (typeof aggregationMethods)[number];

/** One judge's weighted score of one entry (as `weightedScore` gives it, two decimals), or their abstention. */
export interface JudgeScore {
  entryId: string;
  judgeId: string;
  score: number | 'abstained';
}

/**
 * From how many scores a trimmed mean drops the highest and the lowest: with three it is the middle score; with
 * two, dropping both would leave nothing, so an entry with fewer keeps the plain mean.
 */
export const trimmedMeanMinimumScores = 3;

/** What one judge's score of an entry adds to its value. */
export interface JudgeContribution {
  judgeId: string;
  raw: number;
  /** The raw score for `mean` and `trimmed-mean`; the judge's z-score of it for `z-score`. */
  normalised: number;
  /** False for the highest and lowest score a trimmed mean dropped. */
  counted: boolean;
}

/**
 * A judge's scale, over the entries of the aggregation THAT JUDGE scored (population standard deviation). A judge
 * is neutral, every z-score of theirs 0, when they gave one score or the same score to every entry: their scores
 * say nothing about how the entries compare, and dividing by a deviation of nought is undefined. A neutral judge's
 * 0 still counts among the entry's scores, as an average mark.
 */
export interface JudgeStatistics {
  judgeId: string;
  scoreCount: number;
  mean: number;
  standardDeviation: number;
  neutral: boolean;
}

/** The mean and population standard deviation of every score of the aggregation, the scale z-scores are shown on. */
export interface PanelScale {
  mean: number;
  standardDeviation: number;
}

/** How an entry's value was reached: the counted contributions' `sum` divided by their number, `counted`. */
export type AggregateExplanation =
  | { method: 'mean'; sum: number; counted: number }
  | {
      method: 'trimmed-mean';
      sum: number;
      counted: number;
      /** The judges whose score was dropped as the highest and the lowest (the first judge by id among equal ones); null below the minimum. */
      dropped: { highest: string; lowest: string } | null;
    }
  | {
      method: 'z-score';
      sum: number;
      counted: number;
      /** The scales of the entry's judges. */
      judges: JudgeStatistics[];
      panel: PanelScale;
      /** The value on the panel's scale, `panel.mean + panel.standardDeviation × value`, for showing in score-like numbers: it ranks the same. */
      rescaled: number;
    };

export interface EntryAggregate {
  entryId: string;
  /** Null when no judge scored it: the entry is unranked. */
  value: number | null;
  /** Scores given (abstentions not counted). */
  scoreCount: number;
  abstainedJudgeIds: string[];
  /** Every score given, by judge id. */
  contributions: JudgeContribution[];
  /** Null when unranked. */
  explanation: AggregateExplanation | null;
}

export interface AggregationInput {
  /** Every entry of the phase, so that those nobody scored are reported unranked; the result keeps this order. */
  entryIds: readonly string[];
  scores: readonly JudgeScore[];
  method: AggregationMethod;
}

interface GivenScore {
  entryId: string;
  judgeId: string;
  score: number;
}

const byJudge = (a: { judgeId: string }, b: { judgeId: string }) => (a.judgeId < b.judgeId ? -1 : a.judgeId > b.judgeId ? 1 : 0);
const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

function scaleOf(values: readonly number[]): PanelScale {
  const mean = sumOf(values) / values.length;
  return { mean, standardDeviation: Math.sqrt(sumOf(values.map((value) => (value - mean) ** 2)) / values.length) };
}

function judgeStatistics(given: readonly GivenScore[]): Map<string, JudgeStatistics> {
  const valuesByJudge = new Map<string, number[]>();
  for (const { judgeId, score } of given) {
    const values = valuesByJudge.get(judgeId) ?? [];
    values.push(score);
    valuesByJudge.set(judgeId, values);
  }
  return new Map(
    [...valuesByJudge].map(([judgeId, values]) => {
      // Equal scores are told by equality, not by the computed deviation, which rounding may leave a hair above 0.
      const neutral = new Set(values).size < 2;
      const scale = scaleOf(values);
      return [judgeId, { judgeId, scoreCount: values.length, ...scale, neutral }];
    }),
  );
}

function checkScores(entryIds: readonly string[], scores: readonly JudgeScore[]) {
  const entries = new Set(entryIds);
  const pairs = new Set<string>();
  for (const { entryId, judgeId } of scores) {
    if (!entries.has(entryId)) throw new Error(`entry ${entryId} was scored but is not among the entries`);
    const pair = JSON.stringify([entryId, judgeId]);
    if (pairs.has(pair)) throw new Error(`judge ${judgeId} scored entry ${entryId} twice`);
    pairs.add(pair);
  }
}

/** Each entry's value by the method, with its scores and their contributions; see `AggregationMethod`. */
export function aggregateScores({ entryIds, scores, method }: AggregationInput): EntryAggregate[] {
  checkScores(entryIds, scores);
  const given = scores.flatMap(({ entryId, judgeId, score }) => (score === 'abstained' ? [] : [{ entryId, judgeId, score }]));
  const judges = judgeStatistics(given);
  const panel = given.length > 0 ? scaleOf(given.map(({ score }) => score)) : null;

  return entryIds.map((entryId): EntryAggregate => {
    const own = given.filter((score) => score.entryId === entryId).sort(byJudge);
    const abstainedJudgeIds = scores
      .filter((score) => score.entryId === entryId && score.score === 'abstained')
      .sort(byJudge)
      .map(({ judgeId }) => judgeId);
    if (own.length === 0 || panel === null) return { entryId, value: null, scoreCount: 0, abstainedJudgeIds, contributions: [], explanation: null };

    const normalised = (judgeId: string, raw: number) => {
      if (method !== 'z-score') return raw;
      const judge = judges.get(judgeId)!;
      return judge.neutral ? 0 : (raw - judge.mean) / judge.standardDeviation;
    };
    const dropped = method === 'trimmed-mean' && own.length >= trimmedMeanMinimumScores ? extremesOf(own) : null;
    const contributions = own.map(({ judgeId, score }) => ({
      judgeId,
      raw: score,
      normalised: normalised(judgeId, score),
      counted: judgeId !== dropped?.highest && judgeId !== dropped?.lowest,
    }));
    const countedValues = contributions.filter(({ counted }) => counted).map((contribution) => contribution.normalised);
    const sum = sumOf(countedValues);
    const counted = countedValues.length;
    const value = sum / counted;
    const base = { entryId, value, scoreCount: own.length, abstainedJudgeIds, contributions };
    if (method === 'mean') return { ...base, explanation: { method, sum, counted } };
    if (method === 'trimmed-mean') return { ...base, explanation: { method, sum, counted, dropped } };
    const entryJudges = own.map(({ judgeId }) => judges.get(judgeId)!);
    return { ...base, explanation: { method, sum, counted, judges: entryJudges, panel, rescaled: panel.mean + panel.standardDeviation * value } };
  });
}

/**
 * The judges of the lowest and the highest score, two judges however equal the scores; among equal scores the first
 * judge by id (which one does not change the value).
 */
function extremesOf(scoresByJudge: readonly GivenScore[]): { highest: string; lowest: string } {
  const lowest = [...scoresByJudge].sort((a, b) => a.score - b.score || byJudge(a, b))[0]!.judgeId;
  const highest = [...scoresByJudge].sort((a, b) => b.score - a.score || byJudge(a, b)).find(({ judgeId }) => judgeId !== lowest)!.judgeId;
  return { highest, lowest };
}
