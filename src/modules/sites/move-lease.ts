import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import { leaseSubject, leaseWorkflow, type LeaseAction } from './lease-workflow.ts';
import { assertMayManageSite, findLease, type SiteActor } from './site-policy.ts';
import { siteLeases, type SiteLease } from './schema.ts';

type Evidence = Record<string, unknown>;

/** A day of the lease's moves may not come before its signing. */
function notBeforeSigning(lease: SiteLease, field: string, day: string) {
  if (lease.signedOn && day < lease.signedOn) throw invalidInput([{ field, message: 'site.lease.beforeSigning', params: { signedOn: lease.signedOn } }]);
}

/** What a move's evidence writes on the lease itself, checked against the lease and its unit. */
function changesOf(action: LeaseAction, evidence: Evidence, lease: SiteLease, unitArea: number): Partial<SiteLease> {
  switch (action) {
    case 'sign': {
      const area = evidence.area as number;
      if (area > unitArea) throw invalidInput([{ field: 'area', message: 'site.lease.areaTooLarge', params: { area: unitArea } }]);
      return {
        signedOn: evidence.signedOn as string,
        termFrom: evidence.termFrom as string,
        termTo: evidence.termTo as string,
        area,
        monthlyRent: (evidence.monthlyRent as number | null | undefined) ?? null,
      };
    }
    case 'fitOut':
      notBeforeSigning(lease, 'fitOutOn', evidence.fitOutOn as string);
      return { fitOutOn: evidence.fitOutOn as string };
    case 'open':
      notBeforeSigning(lease, 'openedOn', evidence.openedOn as string);
      return { openedOn: evidence.openedOn as string };
    case 'cancel':
      return { closeReason: evidence.reason as string };
    case 'end':
      notBeforeSigning(lease, 'endedOn', evidence.endedOn as string);
      if (lease.openedOn && (evidence.endedOn as string) < lease.openedOn) {
        throw invalidInput([{ field: 'endedOn', message: 'site.lease.beforeOpening', params: { openedOn: lease.openedOn } }]);
      }
      return { endedOn: evidence.endedOn as string, closeReason: evidence.reason as string };
  }
}

/**
 * Moves a lease along its pipeline with the move's evidence (the site's managers only): the workflow refuses the
 * wrong state (409) and missing or bad evidence (400); what the evidence gives is kept on the lease, in the same
 * transaction, so that a refused check writes nothing.
 */
export async function moveLease(db: Db, actor: SiteActor, id: string, action: LeaseAction, evidence: unknown): Promise<string> {
  return db.transaction(async (tx) => {
    const { site } = await findLease(tx, id);
    await assertMayManageSite(tx, actor, site);
    const applied = await applyTransition(tx, leaseWorkflow, leaseSubject, { recordId: id, action, actor, evidence });
    const { unit } = await findLease(tx, id);
    await tx
      .update(siteLeases)
      .set({ ...changesOf(action, applied.evidence ?? {}, applied.record, unit.area), updatedAt: new Date() })
      .where(eq(siteLeases.id, id));
    return unit.id;
  });
}
