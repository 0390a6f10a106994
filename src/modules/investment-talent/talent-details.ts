import type { Tx } from '../../platform/db/connection.ts';
import { AppError, invalidInput } from '../../platform/http/errors.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { resolveLeadIndustry } from '../investment-leads/create-lead.ts';

/** An industry code as the standard has it; 400 on `industryCode` for one it lacks. */
export async function resolveTalentIndustry(tx: Tx, code: string | null | undefined): Promise<string | null | undefined> {
  return resolveLeadIndustry(tx, code).catch((error: unknown) => {
    // The leads module names its message after leads; the field here is the talent record's.
    if (error instanceof AppError && error.options.fields) throw invalidInput([{ field: 'industryCode', message: 'talent.industryUnknown' }]);
    throw error;
  });
}

/** The owner: the actor, or a member of the record's team that day; 400 on `ownerId` otherwise. */
export async function assertOwner(tx: Tx, actorId: string, ownerId: string, teamId: string | null, day: string): Promise<void> {
  if (ownerId === actorId) return;
  const memberships = teamId ? await membershipsOn(tx, day, { userIds: [ownerId], teamIds: [teamId] }) : [];
  if (!memberships.length) throw invalidInput([{ field: 'ownerId', message: 'talent.ownerInvalid' }]);
}
