import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { normalizeKey } from '../text/normalize.ts';
import { throttleAttempt } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { users } from './schema.ts';
import { createSession } from './sessions.ts';

// Verifying against a real hash when the user is unknown keeps the response time from telling who exists.
const unknownUserHash = hashPassword('unknown user placeholder');

export async function logIn(
  db: DbOrTx,
  input: { username: string; password: string; ip: string; userAgent?: string; ttlHours: number },
) {
  const usernameKey = normalizeKey(input.username);
  const [user] = await db.select().from(users).where(eq(users.usernameKey, usernameKey));
  const succeeded = await throttleAttempt(db, { account: usernameKey, source: input.ip }, async () => {
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await unknownUserHash, input.password).then(() => false);
    return valid && !!user && !user.disabled;
  });
  if (!succeeded || !user) throw new AppError(401, 'auth.invalidCredentials');

  const session = await createSession(db, {
    userId: user.id,
    ttlHours: input.ttlHours,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { ...session, userId: user.id };
}
