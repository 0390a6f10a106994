import { AppError, invalidInput, type FieldError } from '../../platform/http/errors.ts';
import type { Policy } from './schema.ts';

type Dates = Pick<Policy, 'effectiveOn' | 'expiresOn' | 'applicationOpensOn' | 'applicationClosesOn'>;
type Guide = Pick<Policy, 'guideTarget' | 'guideConditions' | 'guideAmount' | 'guideHowToApply' | 'guideContact'>;

/** A policy ends no earlier than it takes effect, and its application window closes no earlier than it opens. */
export function checkPolicyDates(dates: Dates): void {
  const errors: FieldError[] = [];
  if (dates.effectiveOn && dates.expiresOn && dates.expiresOn < dates.effectiveOn) errors.push({ field: 'expiresOn', message: 'policy.expiresBeforeEffective' });
  if (dates.applicationOpensOn && dates.applicationClosesOn && dates.applicationClosesOn < dates.applicationOpensOn) {
    errors.push({ field: 'applicationClosesOn', message: 'policy.windowOutOfOrder' });
  }
  if (errors.length) throw invalidInput(errors);
}

const guideParts = ['guideTarget', 'guideConditions', 'guideAmount', 'guideHowToApply', 'guideContact'] as const;

/** The guide's parts still empty: all five (对象, 条件, 标准, 方式, 咨询) make a guide an enterprise can act on. */
export const missingGuideParts = (guide: Guide) => guideParts.filter((part) => !guide[part]);

/** A published policy keeps a whole guide: each empty part is a field error. */
export function requireWholeGuide(guide: Guide): void {
  const missing = missingGuideParts(guide);
  if (missing.length) throw invalidInput(missing.map((field) => ({ field, message: 'policy.guideRequired' })));
}

export const wrongPolicyState = () => new AppError(409, 'policy.wrongState');
