import { definePermissions } from '../auth/permissions.ts';

export const auditPermissions = definePermissions({
  'audit.read': ['admin', 'leader'],
});
