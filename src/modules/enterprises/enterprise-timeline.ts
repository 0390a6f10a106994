import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { hasMessage, translate } from '../../platform/i18n/messages.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { assertVisible, type EnterpriseScope } from './enterprise-scope.ts';
import { enterprises } from './schema.ts';

/**
 * One kind of event on an enterprise's timeline. Given the ids of the enterprise and of the records merged into
 * it, a source returns a SELECT of exactly these columns, in this order:
 *   at timestamptz, kind text, title text, actor_name text, details jsonb, seq bigint
 * `title` may be a message key (translated for the reader) or plain text; `seq` orders events of the same instant
 * (0 when the source has nothing better); `reader` is who asks. A string `details.line` is shown under
 * the title as it is (plain text the source words itself, e.g. who was linked and when). All sources are combined with UNION ALL, so that the database sorts and
 * pages them together. Modules declare theirs in their definition (`timelineSources`), e.g. visits:
 *
 *   (ids) => sql`SELECT visited_at, 'visit', 'visit.timeline.title', officer_name,
 *     jsonb_build_object('visitId', id, 'summary', summary), 0 FROM visits WHERE enterprise_id IN ${ids}`
 */
export type TimelineSource = (enterpriseIds: string[], reader: TimelineReader) => SQL;

/**
 * Who reads the timeline. Every source is read by whoever may open the enterprise; a source whose records have
 * rules of their own (leads, kept by teams) selects only the events of records the reader may see.
 */
export interface TimelineReader {
  id: string;
  permissions: readonly Permission[];
}

/** Changes of the record itself, from the audit trail: the enterprise module's own source. */
export const enterpriseAuditSource: TimelineSource = (ids) => sql`
  SELECT ${auditEvents.at}, 'audit', 'enterprise.timeline.' || ${auditEvents.action}, ${auditEvents.actorName},
    jsonb_build_object('enterpriseId', ${auditEvents.entityId}, 'action', ${auditEvents.action},
      'before', ${auditEvents.before}, 'after', ${auditEvents.after}),
    ${auditEvents.id}
  FROM ${auditEvents}
  WHERE ${auditEvents.entityType} = 'enterprise' AND ${auditEvents.entityId} IN ${ids}`;

/** The enterprise and the records merged into it, whose history is now its history. */
export async function enterpriseFamily(db: DbOrTx, scope: EnterpriseScope, id: string): Promise<string[]> {
  assertVisible(scope, id);
  const rows = await db
    .select({ id: enterprises.id, mergedIntoId: enterprises.mergedIntoId })
    .from(enterprises)
    .where(sql`${enterprises.id} = ${id} OR ${enterprises.mergedIntoId} = ${id}`);
  if (!rows.some((r) => r.id === id)) throw notFound();
  return [id, ...rows.filter((r) => r.id !== id).map((r) => r.id)];
}

interface TimelineRow extends Record<string, unknown> {
  at: Date | string;
  kind: string;
  title: string;
  actor_name: string | null;
  details: unknown;
}

export async function listTimeline(
  db: DbOrTx,
  scope: EnterpriseScope,
  id: string,
  query: { page: number; pageSize: number; locale: Locale; reader: TimelineReader },
  sources: readonly TimelineSource[],
) {
  const ids = await enterpriseFamily(db, scope, id);
  const union = sql.join(
    sources.map((source) => sql`(${source(ids, query.reader)})`),
    sql` UNION ALL `,
  );
  const page = await db.execute<TimelineRow>(
    sql`SELECT * FROM (${union}) AS timeline(at, kind, title, actor_name, details, seq)
        ORDER BY at DESC, seq DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  const totals = await db.execute<{ total: number }>(sql`SELECT count(*)::int AS total FROM (${union}) AS timeline`);
  return {
    items: page.rows.map((row) => ({
      at: new Date(row.at),
      kind: row.kind,
      title: hasMessage(row.title) ? translate(query.locale, row.title) : row.title,
      actorName: row.actor_name,
      details: row.details,
    })),
    total: totals.rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
