import { definePermissions } from './permissions.ts';

export const accountPermissions = definePermissions({
  'user.admin': ['admin'],
});
