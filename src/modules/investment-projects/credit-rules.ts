/**
 * Attribution (who a signed project is credited to) as pure functions, stated by their table tests. README,
 * "Counting rules", rule 5.
 */

/** One share of a project's credit: an officer's or a team's, in whole percent. */
export interface CreditShare {
  userId: string | null;
  teamId: string | null;
  percent: number;
}

export type CreditProblem = { field: string; message: 'project.credit.sumNot100' | 'project.credit.duplicate' | 'project.credit.holderRequired' };

/** Shares must each name one officer or one team, none twice, and sum to exactly 100. */
export function creditProblems(shares: readonly CreditShare[]): CreditProblem[] {
  const problems: CreditProblem[] = [];
  const seen = new Set<string>();
  shares.forEach((share, index) => {
    if ((share.userId === null) === (share.teamId === null)) {
      problems.push({ field: `credits.${index}`, message: 'project.credit.holderRequired' });
      return;
    }
    const key = share.userId !== null ? `user:${share.userId}` : `team:${share.teamId}`;
    if (seen.has(key)) problems.push({ field: `credits.${index}`, message: 'project.credit.duplicate' });
    seen.add(key);
  });
  if (shares.reduce((sum, share) => sum + share.percent, 0) !== 100) problems.push({ field: 'credits', message: 'project.credit.sumNot100' });
  return problems;
}

/**
 * Rule 5: the credit of a project as it stands: the shares set on it, or by default all of it to its manager, or to
 * its team when it has no manager; nobody's (an empty list) when it has neither.
 */
export function effectiveCredits(set: readonly CreditShare[], project: { managerId: string | null; teamId: string | null }): CreditShare[] {
  if (set.length) return [...set];
  if (project.managerId) return [{ userId: project.managerId, teamId: null, percent: 100 }];
  if (project.teamId) return [{ userId: null, teamId: project.teamId, percent: 100 }];
  return [];
}

/**
 * Splits a whole into parts by exact weights so that the parts (whole units, e.g. 0.01 万元 or 0.01 project) add up
 * to the whole exactly: each part is its exact share rounded down, and the units left over go one each to the
 * largest remainders (of equal remainders, to the larger share, then to the earlier key). `exact` maps each key to
 * its share as units × `denominator`, an integer; the sum of `exact` must be `total × denominator`.
 */
export function largestRemainder<K>(exact: ReadonlyMap<K, bigint>, total: bigint, denominator: bigint): Map<K, bigint> {
  const parts = new Map<K, bigint>();
  const remainders: { key: K; value: bigint; remainder: bigint; order: number }[] = [];
  let allocated = 0n;
  let order = 0;
  for (const [key, value] of exact) {
    const floor = value / denominator;
    parts.set(key, floor);
    allocated += floor;
    remainders.push({ key, value, remainder: value % denominator, order: order++ });
  }
  const descending = (a: bigint, b: bigint) => (a === b ? 0 : a > b ? -1 : 1);
  remainders.sort((a, b) => descending(a.remainder, b.remainder) || descending(a.value, b.value) || a.order - b.order);
  for (let left = total - allocated, i = 0; left > 0n; left -= 1n, i += 1) {
    const { key } = remainders[i % remainders.length]!;
    parts.set(key, parts.get(key)! + 1n);
  }
  return parts;
}

/** A signed project as rankings see it: what it counts, and who it is credited to (already mapped to ranking keys). */
export interface CreditedProject {
  countedWan: number;
  credits: readonly { key: string; percent: number }[];
}

export interface RankingFigures {
  key: string;
  /** Projects × share, to 0.01. */
  projects: number;
  /** Counted 万元 × share, to 0.01. */
  amountWan: number;
}

/**
 * The credited projects and amounts of each key: every project counts 1 and its counted amount, split by its shares;
 * each total is split once, by largest remainder at 0.01, so that the rows add up exactly to the projects and
 * the amount (in hundredths) of the whole. Projects credited to nobody go under `unassignedKey`.
 */
export function rankCredits(projects: readonly CreditedProject[], unassignedKey: string): RankingFigures[] {
  const exactProjects = new Map<string, bigint>();
  const exactCents = new Map<string, bigint>();
  let totalCents = 0n;
  const add = (map: Map<string, bigint>, key: string, value: bigint) => map.set(key, (map.get(key) ?? 0n) + value);
  for (const project of projects) {
    const cents = BigInt(Math.round(project.countedWan * 100));
    totalCents += cents;
    const credits = project.credits.length ? project.credits : [{ key: unassignedKey, percent: 100 }];
    for (const { key, percent } of credits) {
      // In hundredths × 100: one project is 100 hundredths, so its share of the count is 100 × percent.
      add(exactProjects, key, 100n * BigInt(percent));
      add(exactCents, key, cents * BigInt(percent));
    }
  }
  // Keys in a fixed order, so that the split does not depend on the order the projects were read in.
  const ordered = (map: Map<string, bigint>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const count = largestRemainder(ordered(exactProjects), BigInt(projects.length) * 100n, 100n);
  const cents = largestRemainder(ordered(exactCents), totalCents, 100n);
  return [...count.keys()].map((key) => ({ key, projects: Number(count.get(key)!) / 100, amountWan: Number(cents.get(key)!) / 100 }));
}

/** A ranking period: a year '2026', a quarter '2026-Q2' or a month '2026-05', as its first and last China days. */
export function periodDays(period: string): { from: string; to: string } | null {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const [firstMonth, lastMonth] = match[2] ? [Number(match[2]) * 3 - 2, Number(match[2]) * 3] : match[3] ? [Number(match[3]), Number(match[3])] : [1, 12];
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
