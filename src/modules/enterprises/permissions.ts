import { definePermissions } from '../../platform/auth/permissions.ts';
import { staffRoles } from '../../platform/auth/roles.ts';

const editors = ['admin', 'officer', 'operator', 'agent'] as const;

/** Who may do what with the enterprise master record; which records is the policy's part (policies.ts). */
export const enterprisePermissions = definePermissions({
  /** Open enterprise records: staff every one, an enterprise user their own. */
  'enterprise.read': [...staffRoles, 'enterprise'],
  /** The whole register: list every enterprise, pick tags, see counts. */
  'enterprise.browse': staffRoles,
  'enterprise.edit': editors,
  /** An enterprise user's own record: its address and contacts only. */
  'enterprise.edit-own': ['enterprise'],
  'enterprise.import': ['admin', 'officer', 'operator'],
  /** The register with its contacts, as a file: recorded in the audit log. */
  'enterprise.export': ['admin', 'leader'],
  'enterprise.merge': ['admin'],
  'tag.admin': ['admin'],
});
