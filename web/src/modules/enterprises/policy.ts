import { can } from '../../app/access.ts';

/** Editors change any enterprise; an enterprise user only their own (and only some of its fields). */
export function canEditEnterprise(me: { permissions: readonly string[]; enterpriseId: string | null }, enterpriseId: string): boolean {
  return can(me, 'enterprise.edit') || (can(me, 'enterprise.edit-own') && me.enterpriseId === enterpriseId);
}
