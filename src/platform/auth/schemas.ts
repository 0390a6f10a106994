import { z } from 'zod';
import { locales } from '../i18n/locale.ts';
import { findPasswordProblem, loadPasswordEstimator, passwordProblemKey } from './password-rule.ts';
import { roles } from './roles.ts';

// Request validation is synchronous; the estimator's dictionaries are read once, here.
await loadPasswordEstimator();

export const roleSchema = z.enum(roles);

const passwordSchema = z.string().max(200);

export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  enterpriseId: z.uuid().nullable(),
  locale: z.string().nullable(),
  mustChangePassword: z.boolean(),
});

export const sessionResponse = z.object({
  user: meSchema,
  csrfToken: z.string(),
  permissions: z.array(z.string()).describe("What the user's roles allow, e.g. enterprise.edit: the web app shows what they can use"),
});

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** The new password is judged by the service, which knows whose it is. */
export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema.min(1) });

export const updateProfileBody = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  locale: z.enum(locales).optional(),
});

export const userSchema = meSchema.extend({ disabled: z.boolean(), createdAt: z.date() });

export const listUsersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A new account's username, as administrators and a public sign-up alike choose it. */
export const usernameInput = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[\p{L}\p{N}._@-]+$/u, { message: 'field.invalid' });

export const createUserBody = z.object({
  username: usernameInput,
  displayName: z.string().trim().min(1).max(100),
  password: passwordSchema,
  roles: z.array(roleSchema).min(1).max(roles.length),
  enterpriseId: z.uuid().nullable().optional(),
}).superRefine((body, context) => {
  const problem = findPasswordProblem(body.password, [body.username, body.displayName]);
  if (problem) context.addIssue({ code: 'custom', path: ['password'], message: passwordProblemKey(problem) });
});

export const updateUserBody = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  roles: z.array(roleSchema).min(1).max(roles.length).optional(),
  enterpriseId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordResponse = z.object({ temporaryPassword: z.string() });
