import { definePermissions } from '../../platform/auth/permissions.ts';

/**
 * 招商报表: the leaders and administrators read the figures of every project, an officer those of the projects they
 * see (their teams' and their own, project-policy.ts), so that every figure opens a list of projects they may read.
 */
export const investmentReportPermissions = definePermissions({
  'projectReport.read': ['admin', 'leader', 'officer'],
});
