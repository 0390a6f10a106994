export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  enterpriseId: string | null;
  locale: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export const usersKey = ['users'] as const;
