import { sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';

/**
 * Links made and ended, on the enterprise's timeline (from the audit trail, which names the enterprise in each
 * event), titled by action and role, with the person and the period as the line under the title (`details.line`).
 * Only for readers of key enterprises: the timeline is open to the enterprise's own users too.
 */
export const linkTimelineSource: TimelineSource = (enterpriseIds, reader) => sql`
  SELECT ${auditEvents.at}, 'key-enterprise-link',
    'keyEnterprise.timeline.' || ${auditEvents.action} || '.' || (${auditEvents.after} ->> 'role'),
    ${auditEvents.actorName},
    jsonb_build_object('line', concat_ws(' · ', ${auditEvents.after} ->> 'personName',
      concat((${auditEvents.after} ->> 'startsOn'), ' – ', (${auditEvents.after} ->> 'endsOn')))),
    ${auditEvents.id}
  FROM ${auditEvents}
  WHERE ${auditEvents.entityType} = 'key-enterprise-link' AND (${auditEvents.after} ->> 'enterpriseId') IN ${enterpriseIds}
    AND ${reader.permissions.includes('keyEnterprise.read') ? sql`true` : sql`false`}`;
