/**
 * The counting rules that make the project figures trustworthy (README, "Counting rules"). Pure functions: the
 * services and the summary route apply exactly these, and their table tests state them.
 *
 * 1. A project counts as signed once, at its first signing, however often it is signed again.
 * 2. A capital increase counts only the increment over the amount counted before it.
 * 3. An agreed amount changes only with a reason, kept in history.
 * 4. An amount without a (live) agreement file is unverified; lists and the summary can leave it out.
 */

export interface SigningFact {
  id: string;
  /** YYYY-MM-DD. */
  signedOn: string;
  recordedAt: Date;
}

/** Rule 1: the counted signing of a project is its first, by date, then by when it was recorded; null if none. */
export function countedSigning<T extends SigningFact>(signings: readonly T[]): T | null {
  let first: T | null = null;
  for (const signing of signings) {
    if (
      first === null ||
      signing.signedOn < first.signedOn ||
      (signing.signedOn === first.signedOn && signing.recordedAt.getTime() < first.recordedAt.getTime())
    ) {
      first = signing;
    }
  }
  return first;
}

/** Rule 1, per signing: whether it is the one counted (the first) or a re-signing, shown but not counted. */
export function markCounted<T extends SigningFact>(signings: readonly T[]): (T & { counted: boolean })[] {
  const first = countedSigning(signings);
  return signings.map((signing) => ({ ...signing, counted: signing.id === first?.id }));
}

/** A re-signing may not be dated before the first signing: it would move the month the project counts in. */
export function resigningDateProblem(firstSignedOn: string | null, signedOn: string): 'project.resignBeforeFirst' | null {
  return firstSignedOn !== null && signedOn < firstSignedOn ? 'project.resignBeforeFirst' : null;
}

/** Rule 2: what was counted before a capital increase: the base project's counted amount and earlier increases'. */
export function amountCountedBefore(earlierCountedWan: readonly number[]): number {
  return roundWan(earlierCountedWan.reduce((sum, amount) => sum + amount, 0));
}

/**
 * Rules 1 and 2: the amount a project counts, in 万元: a new investment its agreed amount, a capital increase
 * only what its agreed amount adds over the amount counted before it (never below zero); nothing before it signs.
 */
export function countedAmountWan(project: { kind: 'new' | 'capitalIncrease'; agreedAmountWan: number | null; baseAmountWan: number | null }): number {
  if (project.agreedAmountWan === null) return 0;
  if (project.kind === 'new') return project.agreedAmountWan;
  return roundWan(Math.max(0, project.agreedAmountWan - (project.baseAmountWan ?? 0)));
}

export type AmountChange = { kind: 'unchanged' } | { kind: 'changed'; oldAmountWan: number; newAmountWan: number; reason: string } | { kind: 'first'; newAmountWan: number };

/**
 * Rule 3: an amount set for the first time needs no reason; a different amount needs one (the message key of
 * the refusal otherwise); the same amount is no change.
 */
export function amountChange(oldAmountWan: number | null, newAmountWan: number, reason: string | null | undefined): AmountChange | { kind: 'refused'; message: 'project.amountReasonRequired' } {
  if (oldAmountWan === null) return { kind: 'first', newAmountWan };
  if (roundWan(oldAmountWan) === roundWan(newAmountWan)) return { kind: 'unchanged' };
  const why = reason?.trim();
  if (!why) return { kind: 'refused', message: 'project.amountReasonRequired' };
  return { kind: 'changed', oldAmountWan, newAmountWan, reason: why };
}

export type Verification = 'verified' | 'unverified' | null;

/** Rule 4: an amount is verified by a live agreement file; no amount, nothing to verify. */
export function amountVerification(agreedAmountWan: number | null, agreementFileLive: boolean): Verification {
  if (agreedAmountWan === null) return null;
  return agreementFileLive ? 'verified' : 'unverified';
}

export interface CountedProject {
  /** The first signing's date; null for a project never signed. */
  firstSignedOn: string | null;
  countedWan: number;
  verification: Verification;
}

export interface MonthFigures {
  /** YYYY-MM. */
  month: string;
  signed: number;
  amountWan: number;
  /** Of those, how many and how much without an agreement file. */
  unverified: number;
  unverifiedAmountWan: number;
}

export type SignedFigures = Omit<MonthFigures, 'month'>;

/**
 * Projects signed and the amount counted, grouped by any key of the project (the month of its first signing, its
 * team, district or sector), each project once; with `verifiedOnly`, unverified amounts left out. Groups in the
 * order first met.
 */
export function signedBy<P extends CountedProject>(projects: readonly P[], keyOf: (project: P & { firstSignedOn: string }) => string, options: { verifiedOnly?: boolean } = {}): Map<string, SignedFigures> {
  const groups = new Map<string, SignedFigures>();
  for (const project of projects) {
    if (project.firstSignedOn === null) continue;
    if (options.verifiedOnly && project.verification !== 'verified') continue;
    const key = keyOf(project as P & { firstSignedOn: string });
    const figures = groups.get(key) ?? { signed: 0, amountWan: 0, unverified: 0, unverifiedAmountWan: 0 };
    figures.signed += 1;
    figures.amountWan = roundWan(figures.amountWan + project.countedWan);
    if (project.verification !== 'verified') {
      figures.unverified += 1;
      figures.unverifiedAmountWan = roundWan(figures.unverifiedAmountWan + project.countedWan);
    }
    groups.set(key, figures);
  }
  return groups;
}

/**
 * The summary reports build on: projects signed and the amount counted, by the month of their first signing, each
 * project once; with `verifiedOnly`, unverified amounts left out.
 */
export function signedByMonth(projects: readonly CountedProject[], options: { verifiedOnly?: boolean } = {}): MonthFigures[] {
  return [...signedBy(projects, (project) => project.firstSignedOn.slice(0, 7), options)]
    .map(([month, figures]) => ({ month, ...figures }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/** The figures of several months together. */
export function sumMonths(months: readonly SignedFigures[]): SignedFigures {
  return months.reduce(
    (sum, m) => ({
      signed: sum.signed + m.signed,
      amountWan: roundWan(sum.amountWan + m.amountWan),
      unverified: sum.unverified + m.unverified,
      unverifiedAmountWan: roundWan(sum.unverifiedAmountWan + m.unverifiedAmountWan),
    }),
    { signed: 0, amountWan: 0, unverified: 0, unverifiedAmountWan: 0 },
  );
}

/** Amounts are kept to the 元 hundred (two decimals of 万元); sums are rounded the same way. */
export function roundWan(amount: number): number {
  return Math.round(amount * 100) / 100;
}
