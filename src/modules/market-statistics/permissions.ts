import { definePermissions } from '../../platform/auth/permissions.ts';

/** The market's figures: its operator, and the leaders and administrators who follow it. */
export const marketStatisticsPermissions = definePermissions({
  'marketStatistics.read': ['admin', 'leader', 'operator'],
});
