import type { DbOrTx } from '../../platform/db/connection.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { mayWork, teamsLedBy, type LeadUser } from './lead-policy.ts';
import type { Lead } from './schema.ts';
import type { leadActions } from './schemas.ts';

type LeadAction = (typeof leadActions)[number];

/** The buttons the user sees on a lead: the same rules the services apply when the action is taken. */
export async function leadActionsFor(
  db: DbOrTx,
  user: LeadUser,
  scope: TeamScope,
  lead: Pick<Lead, 'teamId' | 'ownerId' | 'status'>,
  day: string,
): Promise<LeadAction[]> {
  const actions: LeadAction[] = [];
  const works = mayWork(user, scope, lead);
  const led = user.permissions.includes('lead.assign') ? [] : await teamsLedBy(db, user.id, day);
  const assigns = user.permissions.includes('lead.assign') || (led.length > 0 && (lead.ownerId === null || (lead.teamId !== null && led.includes(lead.teamId))));
  if (lead.status === 'open') {
    if (works) actions.push('edit', 'followUp');
    if (lead.ownerId === null && user.permissions.includes('lead.work')) actions.push('claim');
    if (assigns) actions.push('assign');
    if (lead.ownerId !== null && (lead.ownerId === user.id || assigns)) actions.push('release');
    if (works) actions.push('convert', 'drop');
  }
  if (lead.status === 'dropped' && works) actions.push('reopen');
  return actions;
}
