import { definePermissions } from '../../platform/auth/permissions.ts';

/** The market's staff who answer at the windows. */
const answerers = ['admin', 'operator', 'agent'] as const;

/** Who may do what at the service windows; which requests is the policy's part (request-policy.ts). */
export const serviceWindowPermissions = definePermissions({
  /** Add, rename, reorder and deactivate windows. */
  'service-window.admin': ['admin', 'operator'],
  /** Requests: staff who answer see every one; an enterprise user those of their enterprise, an investor their own. */
  'window-request.read': [...answerers, 'enterprise', 'investor'],
  /** Open requests for one's own organisation, follow them up, close and reopen them: the requesters' side. */
  'window-request.open': ['enterprise', 'investor'],
  /** Answer requests, see the whole queue, and log a request for a given enterprise (a walk-in, a phone call). */
  'window-request.answer': answerers,
});
