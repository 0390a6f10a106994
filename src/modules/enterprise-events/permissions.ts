import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with events organised for enterprises (考察交流, 训练营, 英雄榜). */
export const enterpriseEventPermissions = definePermissions({
  /** Every event with its participants and follow-ups: the staff. */
  'enterpriseEvent.read': ['admin', 'leader', 'officer', 'operator', 'agent'],
  /** Create and change events, invite and list firms, mark attendance, keep follow-ups: organisers and officers. */
  'enterpriseEvent.manage': ['admin', 'leader', 'officer'],
  /** An enterprise's own invitations: see them, register or decline. */
  'enterpriseEvent.respond': ['enterprise'],
});
