import { localizedName } from '../../platform/i18n/localized-name.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { ServiceSlaPolicy } from './schema.ts';
import type { SlaPolicy } from './schemas.ts';

type CategoryNames = { nameZhCn: string; nameZhTw: string; nameEn: string };

export function presentSlaPolicy(policy: ServiceSlaPolicy, category: CategoryNames | null, locale: Locale): SlaPolicy {
  return {
    id: policy.id,
    categoryCode: policy.categoryCode,
    categoryName: category ? localizedName(locale, category) : null,
    priority: policy.priority,
    firstResponseMinutes: policy.firstResponseMinutes,
    resolutionMinutes: policy.resolutionMinutes,
    calendar: policy.calendar,
    updatedAt: policy.updatedAt,
  };
}

/** What the audit trail keeps of a policy. */
export const auditedSlaPolicy = ({ updatedAt: _updatedAt, ...policy }: ServiceSlaPolicy) => policy;
