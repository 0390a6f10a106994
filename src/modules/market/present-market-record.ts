import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { MarketWorkflow } from './market-workflow.ts';
import type { ListingRow } from './schema.ts';

type SharedRow = Pick<ListingRow, 'id' | 'ownerId' | 'title' | 'summary' | 'contacts' | 'state' | 'rejectionReason' | 'submittedAt' | 'expiresAt' | 'createdAt' | 'updatedAt'>;

/** The owners' names by id, for a page of records in one query. */
export async function ownerNames(db: DbOrTx, rows: readonly { ownerId: string }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.ownerId))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, ids));
  return new Map(found.map((row) => [row.id, row.name]));
}

/** What listings and demands show alike: the owner, the state and the actions the caller may take now. */
export function presentShared(row: SharedRow, owners: Map<string, string>, workflow: MarketWorkflow, actor: WorkflowActor) {
  return {
    id: row.id,
    owner: { id: row.ownerId, name: owners.get(row.ownerId) ?? '' },
    title: row.title,
    summary: row.summary,
    contacts: row.contacts,
    state: row.state,
    rejectionReason: row.rejectionReason,
    submittedAt: row.submittedAt,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    allowedActions: allowedActions(workflow, actor, row.state, row),
  };
}
