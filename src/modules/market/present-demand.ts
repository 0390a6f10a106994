import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { confidentialDetailsVisibleTo } from './demand-policy.ts';
import { fieldNamesIn } from './field-names.ts';
import { demandWorkflow } from './market-workflow.ts';
import { ownerNames, presentShared } from './present-market-record.ts';
import type { DemandRow } from './schema.ts';

/**
 * Demands as the API answers them: every route that returns a demand goes through here, so the confidential
 * details reach only those confidentialDetailsVisibleTo allows.
 */
export async function presentDemands(db: DbOrTx, actor: WorkflowActor, locale: Locale, rows: readonly DemandRow[]) {
  const [owners, fields, readable] = await Promise.all([ownerNames(db, rows), fieldNamesIn(db, locale), confidentialDetailsVisibleTo(db, actor, rows)]);
  return rows.map((row) => ({
    ...presentShared(row, owners, demandWorkflow, actor),
    kind: row.kind,
    confidentialDetails: readable.has(row.id) ? row.confidentialDetails : null,
    fields: row.fieldIds.map((id) => ({ id, name: fields.get(id) ?? '' })),
    targets: row.targets,
    budgetWan: row.budgetWan,
    deadline: row.deadline,
    maturityNeeded: row.maturityNeeded,
    ipOwnership: row.ipOwnership,
    stages: row.stages,
    ticketMinWan: row.ticketMinWan,
    ticketMaxWan: row.ticketMaxWan,
    modes: row.modes,
  }));
}

export async function presentDemand(db: DbOrTx, actor: WorkflowActor, locale: Locale, row: DemandRow) {
  const [demand] = await presentDemands(db, actor, locale, [row]);
  return demand!;
}
