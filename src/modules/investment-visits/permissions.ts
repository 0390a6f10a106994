import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with visits and field trips; which ones is the policy's part (visit-policy.ts). */
export const visitPermissions = definePermissions({
  /**
   * Visits, trips and their figures: an officer those of the teams they belonged to on the visit's day, their own,
   * those they took part in or owe a next step of; holders of visit.readAll every one.
   */
  'visit.read': ['admin', 'leader', 'officer'],
  /** Every team's visits. */
  'visit.readAll': ['admin', 'leader'],
  /** Log visits and field trips, edit and delete one's own, tick next steps. */
  'visit.record': ['admin', 'officer'],
  /** The monthly activity as a workbook. */
  'visit.export': ['admin', 'leader', 'officer'],
});
