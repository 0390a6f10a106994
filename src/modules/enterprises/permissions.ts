import { definePermissions } from '../../platform/auth/permissions.ts';
import { staffRoles } from '../../platform/auth/roles.ts';

const editors = ['admin', 'officer', 'operator', 'agent'] as const;
/** The figures policies are checked against: kept by the investment-promotion staff, not the service desk. */
const figureKeepers = ['admin', 'leader', 'officer'] as const;

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
  /** The yearly figures (年度指标) of the enterprises one may open. */
  'enterpriseFigure.read': [...staffRoles, 'enterprise'],
  'enterpriseFigure.edit': figureKeepers,
  /** An enterprise user's own figures, marked self-reported until staff verify them. */
  'enterpriseFigure.report': ['enterprise'],
  'enterpriseFigure.verify': figureKeepers,
  'enterpriseFigure.import': figureKeepers,
});
