import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with talent records; which records is the policy's part (talent-policy.ts). */
export const talentPermissions = definePermissions({
  /** Talent at all: an officer the records of their teams and their own; holders of talent.readAll every one. */
  'talent.read': ['admin', 'leader', 'officer'],
  /** Every team's talent records. */
  'talent.readAll': ['admin', 'leader'],
  /** Create talent records, edit them and move them along their pipeline. */
  'talent.work': ['admin', 'officer'],
});
