import { and, arrayContains, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import { AppError, invalidInput, notFound } from '../http/errors.ts';
import { normalizeKey } from '../text/normalize.ts';
import { throttleAttempt } from './login-throttle.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';
import { findPasswordProblem, passwordProblemKey } from './password-rule.ts';
import { actsForOrganisation, type Role } from './roles.ts';
import { users } from './schema.ts';
import { deleteUserSessions } from './sessions.ts';

/** Tells whether an enterprise exists; the enterprises module provides it, the platform does not know its tables. */
export type EnterpriseExists = (db: DbOrTx, enterpriseId: string) => Promise<boolean>;

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  enterpriseId: users.enterpriseId,
  locale: users.locale,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

// Audit records carry what an admin sees of a user, never the password hash.
const auditView = <T extends { createdAt: Date }>({ createdAt: _createdAt, ...rest }: T) => rest;

async function checkEnterprise(db: DbOrTx, roles: readonly string[], enterpriseId: string | null, exists: EnterpriseExists) {
  if (roles.includes('enterprise') && !enterpriseId) throw invalidInput([{ field: 'enterpriseId', message: 'auth.enterpriseRequired' }]);
  if (enterpriseId && !(await exists(db, enterpriseId))) {
    throw invalidInput([{ field: 'enterpriseId', message: 'auth.enterpriseNotFound' }]);
  }
}

export async function listUsers(db: DbOrTx, query: { q?: string; role?: Role; page: number; pageSize: number }) {
  const conditions: SQL[] = [];
  if (query.q) {
    const pattern = `%${normalizeKey(query.q).replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(users.usernameKey, pattern), ilike(users.displayName, pattern))!);
  }
  if (query.role) conditions.push(arrayContains(users.roles, [query.role]));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [totals]] = await Promise.all([
    db.select(publicColumns).from(users).where(where).orderBy(asc(users.usernameKey)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function createUser(
  db: DbOrTx,
  actor: Actor,
  input: { username: string; displayName: string; password: string; roles: Role[]; enterpriseId?: string | null; mustChangePassword?: boolean },
  enterpriseExists: EnterpriseExists,
) {
  const enterpriseId = actsForOrganisation(input.roles) ? (input.enterpriseId ?? null) : null;
  return db.transaction(async (tx) => {
    await checkEnterprise(tx, input.roles, enterpriseId, enterpriseExists);
    const usernameKey = normalizeKey(input.username);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.usernameKey, usernameKey));
    if (taken) throw invalidInput([{ field: 'username', message: 'auth.usernameTaken' }]);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        usernameKey,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        roles: [...new Set(input.roles)],
        enterpriseId,
        mustChangePassword: input.mustChangePassword ?? false,
      })
      .returning(publicColumns);
    if (!user) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'create', after: auditView(user) });
    return user;
  });
}

export async function getUser(db: DbOrTx, id: string) {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, id));
  if (!user) throw notFound();
  return user;
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  changes: { displayName?: string; roles?: Role[]; enterpriseId?: string | null; disabled?: boolean; locale?: string },
  enterpriseExists: EnterpriseExists,
) {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const roles = changes.roles ? [...new Set(changes.roles)] : before.roles;
    const enterpriseId = changes.enterpriseId !== undefined ? changes.enterpriseId : before.enterpriseId;
    if (actor.id === id && ((before.roles.includes('admin') && !roles.includes('admin')) || changes.disabled)) {
      throw new AppError(409, 'auth.cannotDemoteSelf');
    }
    const organisationId = actsForOrganisation(roles) ? enterpriseId : null;
    await checkEnterprise(tx, roles, organisationId, enterpriseExists);
    const [after] = await tx
      .update(users)
      .set({
        ...changes,
        roles,
        enterpriseId: organisationId,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning(publicColumns);
    if (!after) throw notFound();
    if (after.disabled) await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** An admin sets a one-time password; the user must change it at next sign-in and is signed out everywhere. */
export async function resetUserPassword(db: DbOrTx, actor: Actor, id: string) {
  const temporaryPassword = generatePassword();
  await db.transaction(async (tx) => {
    await getUser(tx, id);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action: 'reset-password' });
  });
  return { temporaryPassword };
}

export async function changePassword(
  db: Db,
  actor: Actor,
  input: { userId: string; currentSessionId: string; currentPassword: string; newPassword: string; ip: string },
) {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw notFound();
  // Guessing the current password from a stolen session counts like guessing it at sign-in.
  const attempt = { account: user.usernameKey, source: input.ip };
  if (!(await throttleAttempt(db, attempt, () => verifyPassword(user.passwordHash, input.currentPassword)))) {
    throw invalidInput([{ field: 'currentPassword', message: 'auth.wrongCurrentPassword' }]);
  }
  const problem = findPasswordProblem(input.newPassword, [user.username, user.displayName]);
  if (problem) throw invalidInput([{ field: 'newPassword', message: passwordProblemKey(problem) }]);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    // Other devices are signed out; this one stays.
    await deleteUserSessions(tx, user.id, input.currentSessionId);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'change-password' });
  });
}

/** Moves enterprise users from one enterprise to another, when two enterprise records are merged. */
export async function reassignEnterpriseUsers(tx: DbOrTx, fromEnterpriseId: string, toEnterpriseId: string) {
  return tx
    .update(users)
    .set({ enterpriseId: toEnterpriseId, updatedAt: new Date() })
    .where(eq(users.enterpriseId, fromEnterpriseId))
    .returning({ id: users.id });
}

export async function userCount(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}
