import { definePermissions } from '../../platform/auth/permissions.ts';

/** The market's staff who answer at the windows. */
const answerers = ['admin', 'operator', 'agent'] as const;

/** Who may do what at the service windows; which requests is the policy's part (request-policy.ts). */
export const serviceWindowPermissions = definePermissions({
  /** Add, rename, reorder and deactivate windows. */
  'service-window.admin': ['admin', 'operator'],
  /** Requests: staff who answer see every one; an enterprise user those of their enterprise, an investor their own. */
  'window-request.read': [...answerers, 'enterprise', 'investor'],
  /** Open a request: for one's own organisation, or (staff) for a given enterprise, e.g. a walk-in. */
  'window-request.open': [...answerers, 'enterprise', 'investor'],
  /** Answer requests and see the whole queue. */
  'window-request.answer': answerers,
});
