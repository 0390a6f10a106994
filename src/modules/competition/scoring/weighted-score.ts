import type { FieldError } from '../../../platform/http/errors.ts';
import './scoring-messages.ts';

/** One criterion of a rubric: its share of the total in per cent, and the full score a judge gives it out of. */
export interface RubricCriterion {
  key: string;
  weight: number;
  maxScore: number;
}

/** How a phase's entries are scored: criteria whose weights add up to 100. */
export interface Rubric {
  criteria: readonly RubricCriterion[];
}

/**
 * What a judge gives one entry: a score per criterion, or an abstention (a judge who cannot judge it, e.g. left the
 * roadshow), which carries no numbers and is left out of the aggregation rather than counted as zero.
 */
export type ScoreSheet = { abstained: true } | { abstained: false; scores: Readonly<Record<string, number>> };

/** Team, technology, market and finance, each scored out of 10 (quick to give on a phone during the roadshow). */
export const defaultRubric: Rubric = {
  criteria: [
    { key: 'team', weight: 30, maxScore: 10 },
    { key: 'technology', weight: 30, maxScore: 10 },
    { key: 'market', weight: 25, maxScore: 10 },
    { key: 'finance', weight: 15, maxScore: 10 },
  ],
};

// Weights typed as decimals (33.3 + 33.3 + 33.4) may miss 100 by a rounding error; nothing a person types does.
const weightSumTolerance = 1e-9;

/** What is wrong with a rubric, as field errors under `criteria` (empty when it can be used). */
export function checkRubric(rubric: Rubric): FieldError[] {
  if (rubric.criteria.length === 0) return [{ field: 'criteria', message: 'competition.scoring.rubric.empty' }];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rubric.criteria.forEach((criterion, index) => {
    if (seen.has(criterion.key)) errors.push({ field: `criteria.${index}.key`, message: 'competition.scoring.rubric.keyRepeated', params: { key: criterion.key } });
    seen.add(criterion.key);
    if (!(criterion.weight > 0 && Number.isFinite(criterion.weight))) errors.push({ field: `criteria.${index}.weight`, message: 'competition.scoring.rubric.weightPositive' });
    if (!(criterion.maxScore > 0 && Number.isFinite(criterion.maxScore))) errors.push({ field: `criteria.${index}.maxScore`, message: 'competition.scoring.rubric.maxScorePositive' });
  });
  const total = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (Math.abs(total - 100) > weightSumTolerance) errors.push({ field: 'criteria', message: 'competition.scoring.rubric.weightSum', params: { total } });
  return errors;
}

/** What is wrong with a judge's sheet against a rubric, as field errors under `scores` (none for an abstention). */
export function checkScoreSheet(rubric: Rubric, sheet: ScoreSheet): FieldError[] {
  if (sheet.abstained) return [];
  const errors: FieldError[] = [];
  for (const { key, maxScore } of rubric.criteria) {
    const score = sheet.scores[key];
    if (score === undefined) errors.push({ field: `scores.${key}`, message: 'competition.scoring.sheet.missing' });
    else if (!(score >= 0 && score <= maxScore)) errors.push({ field: `scores.${key}`, message: 'competition.scoring.sheet.outOfRange', params: { max: maxScore } });
  }
  const known = new Set(rubric.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(sheet.scores)) {
    if (!known.has(key)) errors.push({ field: `scores.${key}`, message: 'competition.scoring.sheet.unknownCriterion' });
  }
  return errors;
}

/**
 * A judge's score of an entry, 0..100: each criterion's score as a share of its full score, times its weight, summed;
 * null for an abstention. Kept to two decimals, as shown: equal sheets then give equal numbers whatever the order of
 * the sum, so that a judge who gave every entry the same score is seen to have done so (see `aggregate-scores.ts`).
 * The sheet must have passed `checkScoreSheet`.
 */
export function weightedScore(rubric: Rubric, sheet: ScoreSheet): number | null {
  if (sheet.abstained) return null;
  const total = rubric.criteria.reduce((sum, { key, weight, maxScore }) => {
    const score = sheet.scores[key];
    if (score === undefined) throw new Error(`the sheet has no score for ${key}`);
    return sum + (weight * score) / maxScore;
  }, 0);
  return Math.round(total * 100) / 100;
}
