import { definePermissions } from '../../platform/auth/permissions.ts';

/**
 * Who may do what at the service desk; which requests is the policy's part (request-policy.ts): an enterprise user
 * its enterprise's, an investor their own, an agent their teams', their own and the unassigned, a reader of all
 * every one.
 *
 * The technology market's operator works its service windows as a desk agent: the window categories are routed to
 * the market's team, so the operator, a member of it, handles them in the desk's queues like any agent handles
 * their team's requests, and keeps the categories (the windows among them) as the windows' administrator did.
 */
export const serviceDeskPermissions = definePermissions({
  /** Read requests, within the policy. */
  'serviceRequest.read': ['admin', 'leader', 'agent', 'operator', 'enterprise', 'investor'],
  /**
   * Submit a request for one's own enterprise, follow it up, reopen and rate it: the enterprise's side; an investor
   * without an enterprise at the market's windows, for themselves.
   */
  'serviceRequest.submit': ['enterprise', 'investor'],
  /** Log a request for an enterprise that called or walked in. */
  'serviceRequest.log': ['admin', 'agent', 'operator'],
  /** Accept, reply, note, hand over, wait on the enterprise, resolve and merge requests. */
  'serviceRequest.handle': ['admin', 'agent', 'operator'],
  /** The agents' workspace: the queues (mine, my team, unassigned, all). */
  'serviceDesk.queue': ['admin', 'leader', 'agent', 'operator'],
  /** Every team's requests: supervisors and leaders. */
  'serviceRequest.readAll': ['admin', 'leader'],
  /** Closing resolved requests after seven days: the scheduled job's alone, granted to no role. */
  'serviceRequest.autoClose': [],
  /** Add, rename, reorder and deactivate request categories. */
  'serviceCategory.admin': ['admin', 'operator'],
  /** Routing rules, the fallback owner and the canned replies. */
  'serviceDesk.admin': ['admin'],
  /** The daily summaries: an agent's teams', every team's for readers of all (who receive each in their inbox). */
  'serviceDeskSummary.read': ['admin', 'leader', 'agent'],
  /** Produce the latest day's summary again, e.g. after late resolutions, for the morning meeting. */
  'serviceDeskSummary.produce': ['admin', 'leader'],
});
