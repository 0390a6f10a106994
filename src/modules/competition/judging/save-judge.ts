import { eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import { generatePassword } from '../../../platform/auth/password.ts';
import { users } from '../../../platform/auth/schema.ts';
import { createUser } from '../../../platform/auth/users.ts';
import type { Db, DbOrTx } from '../../../platform/db/connection.ts';
import { invalidInput, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { enterpriseExists } from '../../enterprises/enterprise-exists.ts';
import { competitionJudges, competitionJudgeTracks, competitionTracks } from '../schema.ts';
import { readJudges } from './judge-records.ts';
import type { JudgeInput, JudgeView, NewJudgeInput } from './judge-schemas.ts';

async function checkProfile(tx: DbOrTx, input: JudgeInput): Promise<void> {
  const errors: FieldError[] = [];
  if (input.enterpriseId && !(await enterpriseExists(tx, input.enterpriseId))) errors.push({ field: 'enterpriseId', message: 'competition.judge.unknownEnterprise' });
  const known = input.trackIds.length
    ? new Set((await tx.select({ id: competitionTracks.id }).from(competitionTracks).where(inArray(competitionTracks.id, input.trackIds))).map((track) => track.id))
    : new Set<string>();
  input.trackIds.forEach((id, n) => {
    if (!known.has(id)) errors.push({ field: `trackIds.${n}`, message: 'competition.judge.unknownTrack' });
  });
  if (errors.length) throw invalidInput(errors);
}

const profileOf = (input: JudgeInput) => ({ title: input.title ?? null, organisationName: input.organisationName ?? null, enterpriseId: input.enterpriseId });

async function setTracks(tx: DbOrTx, judgeId: string, trackIds: readonly string[]) {
  await tx.delete(competitionJudgeTracks).where(eq(competitionJudgeTracks.judgeId, judgeId));
  if (trackIds.length) await tx.insert(competitionJudgeTracks).values([...new Set(trackIds)].map((trackId) => ({ judgeId, trackId })));
}

/**
 * Creates a judge: an account with the judge role, made as administrators make accounts, with a temporary password
 * the judge changes at first sign-in, and the judge's profile.
 */
export async function createJudge(db: Db, actor: Actor, input: NewJudgeInput): Promise<{ judge: JudgeView; temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const judgeId = await db.transaction(async (tx) => {
    await checkProfile(tx, input);
    const user = await createUser(
      tx,
      actor,
      { username: input.username, displayName: input.displayName, password: temporaryPassword, roles: ['judge'], mustChangePassword: true },
      enterpriseExists,
    );
    const [judge] = await tx.insert(competitionJudges).values({ userId: user.id, ...profileOf(input) }).returning();
    await setTracks(tx, judge!.id, input.trackIds);
    await recordAudit(tx, actor, { entityType: 'competitionJudge', entityId: judge!.id, action: 'create', after: { userId: user.id, ...profileOf(input), trackIds: input.trackIds } });
    return judge!.id;
  });
  const [judge] = await readJudges(db, [judgeId]);
  return { judge: judge!, temporaryPassword };
}

/** Changes a judge's name, title, organisation and tracks. */
export async function updateJudge(db: Db, actor: Actor, judgeId: string, input: JudgeInput): Promise<JudgeView> {
  await db.transaction(async (tx) => {
    const [before] = await readJudges(tx, [judgeId]);
    if (!before) throw notFound();
    await checkProfile(tx, input);
    await tx.update(competitionJudges).set(profileOf(input)).where(eq(competitionJudges.id, judgeId));
    if (input.displayName !== before.displayName) await tx.update(users).set({ displayName: input.displayName, updatedAt: new Date() }).where(eq(users.id, before.userId));
    await setTracks(tx, judgeId, input.trackIds);
    await recordAudit(tx, actor, {
      entityType: 'competitionJudge',
      entityId: judgeId,
      action: 'update',
      before: { displayName: before.displayName, title: before.title, organisationName: before.organisationName, enterpriseId: before.enterpriseId, trackIds: before.tracks.map((track) => track.id) },
      after: { displayName: input.displayName, ...profileOf(input), trackIds: input.trackIds },
    });
  });
  const [judge] = await readJudges(db, [judgeId]);
  return judge!;
}
