export type { User } from '../../api/types.ts';

export const usersKey = ['users'] as const;
