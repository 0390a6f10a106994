import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { leaseSubject, leaseWorkflow } from './lease-workflow.ts';
import { findUnit, mayManageSite } from './site-policy.ts';
import { selectLeases } from './site-records.ts';
import { activeLeaseStates, siteLeases } from './schema.ts';
import type { UnitDetail } from './schemas.ts';

/** One unit where it is, its leases newest first with their moves, and what the caller may do. */
export async function getUnit(db: DbOrTx, actor: WorkflowActor & { id: string }, id: string): Promise<UnitDetail> {
  const { unit, floor, building, site } = await findUnit(db, id);
  const [leases, mayManage] = await Promise.all([
    selectLeases(db).where(eq(siteLeases.unitId, id)).orderBy(desc(siteLeases.createdAt), desc(siteLeases.id)),
    mayManageSite(db, actor, site),
  ]);
  const moves = leases.length
    ? await db
        .select()
        .from(workflowTransitions)
        .where(and(eq(workflowTransitions.recordKind, leaseSubject.kind), inArray(workflowTransitions.recordId, leases.map((l) => l.id))))
        .orderBy(workflowTransitions.at, workflowTransitions.id)
    : [];
  const active = leases.find((l) => (activeLeaseStates as readonly string[]).includes(l.state));
  return {
    id: unit.id,
    code: unit.code,
    area: unit.area,
    use: unit.use,
    state: (active?.state as UnitDetail['state'] | undefined) ?? 'vacant',
    floorId: floor.id,
    floorLabel: floor.label,
    level: floor.level,
    buildingId: building.id,
    buildingName: building.name,
    siteId: site.id,
    siteName: site.name,
    leases: leases.map((lease) => ({
      ...lease,
      transitions: moves
        .filter((m) => m.recordId === lease.id)
        .map((m) => ({ action: m.action, fromState: m.fromState, toState: m.toState, actorName: m.actorName, evidence: m.evidence, at: m.at })),
      actions: mayManage ? allowedActions(leaseWorkflow, actor, lease.state, lease) : [],
    })),
    mayManage,
    deletable: leases.length === 0,
  };
}
