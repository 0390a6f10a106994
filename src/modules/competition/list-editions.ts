import { and, asc, count, desc, eq, ilike } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { roundCount, summaryOf, trackCount } from './competition-records.ts';
import { competitionEditions } from './schema.ts';
import type { EditionListQuery, EditionSummary } from './schemas.ts';

/** A page of the editions, latest year first, filtered by state and searched within the name. */
export async function listEditions(db: Db, query: EditionListQuery): Promise<{ items: EditionSummary[]; total: number; page: number; pageSize: number }> {
  const where = and(
    query.state ? eq(competitionEditions.state, query.state) : undefined,
    query.q ? ilike(competitionEditions.name, `%${escapeLike(query.q)}%`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ edition: competitionEditions, trackCount, roundCount })
      .from(competitionEditions)
      .where(where)
      .orderBy(desc(competitionEditions.year), desc(competitionEditions.createdAt), asc(competitionEditions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(competitionEditions).where(where),
  ]);
  return { items: rows.map((row) => summaryOf(row.edition, row)), total: total!.n, page: query.page, pageSize: query.pageSize };
}
