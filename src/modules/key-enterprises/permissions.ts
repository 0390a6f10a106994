import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with key enterprises (挂点联系); which enterprises a linked person reads is their links. */
export const keyEnterprisePermissions = definePermissions({
  /** The key enterprises, their linked leaders and commissioners and the history of the links: the staff. */
  'keyEnterprise.read': ['admin', 'leader', 'officer', 'operator', 'agent'],
  /** Link a leader or a commissioner to an enterprise, and end a link. */
  'keyEnterprise.manage': ['admin', 'leader'],
  /**
   * Be linked to enterprises and follow one's own: the home card with their recent visits and open requests, read
   * because of the link (a visit itself opens only for its readers).
   */
  'keyEnterprise.linked': ['leader', 'officer', 'agent'],
});
