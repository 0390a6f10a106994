import type { Db, Tx } from '../platform/db/connection.ts';
import { systemActor } from '../platform/audit/record-audit.ts';
import { generatePassword } from '../platform/auth/password.ts';
import type { Role } from '../platform/auth/roles.ts';
import { createUser } from '../platform/auth/users.ts';
import { seedModuleDemoData } from '../server/compose.ts';
import type { QiaoModule } from '../server/module.ts';
import { enterpriseExists } from '../server/modules.ts';

export interface SeededAccount {
  username: string;
  password: string;
  roles: Role[];
  displayName: string;
}

/** The password of every demo account (listed in the README); never used without demo data. */
export const demoPassword = 'qiao2026demo';

const demoUsers: { username: string; displayName: string; roles: Role[]; enterpriseKey?: string }[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'] },
  { username: 'leader', displayName: '王区长', roles: ['leader'] },
  { username: 'officer', displayName: '李招商（驻深办）', roles: ['officer'] },
  { username: 'officer2', displayName: '赵招商（即墨区）', roles: ['officer'] },
  { username: 'operator', displayName: '陈经纪（技术市场）', roles: ['operator'] },
  { username: 'agent', displayName: '刘专员（企业服务）', roles: ['agent'] },
  // The 7×24 hotline's other two agents, so that its roster covers the night.
  { username: 'agent-evening', displayName: '何专员（企业服务·中班）', roles: ['agent'] },
  { username: 'agent-night', displayName: '高专员（企业服务·夜班）', roles: ['agent'] },
  { username: 'enterprise', displayName: '孙经理（企业用户）', roles: ['enterprise'], enterpriseKey: 'demo-enterprise-user' },
  { username: 'investor', displayName: '周投资（投资人）', roles: ['investor'], enterpriseKey: 'market-org:lanhai-vc' },
  { username: 'judge', displayName: '吴评委（大赛评委）', roles: ['judge'] },
  // The competition's four other judges, so that each round's panel is judged by several.
  { username: 'judge-qian', displayName: '钱评委（大赛评委）', roles: ['judge'] },
  { username: 'judge-zheng', displayName: '郑评委（大赛评委）', roles: ['judge'] },
  { username: 'judge-feng', displayName: '冯评委（大赛评委）', roles: ['judge'] },
  { username: 'judge-xu', displayName: '徐评委（大赛评委）', roles: ['judge'] },
  // The 蓝贝 competition's organising office, which keeps its editions, rounds and prizes.
  { username: 'organiser', displayName: '林组委（蓝贝大赛组委会）', roles: ['organiser'] },
  // An entrant of the Berlin round, whose entry is under online review: entrants otherwise register themselves.
  { username: 'entrant', displayName: 'Lena Hoffmann（Hydromare GmbH）', roles: ['entrant'] },
  // The cadres of 高新区's Shenzhen team, credited with most of its conference's projects, and 崂山区's promotion
  // officer: demo accounts too, so that their rankings and teams can be seen from their side.
  { username: 'gx-zhang', displayName: '张海峰（高新区驻深）', roles: ['officer'] },
  { username: 'gx-liu', displayName: '刘思远（高新区驻深）', roles: ['officer'] },
  { username: 'gx-chen', displayName: '陈晓雯（高新区驻深）', roles: ['officer'] },
  { username: 'gx-wang', displayName: '王立新（高新区驻深）', roles: ['officer'] },
  { username: 'gx-zhou', displayName: '周敏（高新区驻深）', roles: ['officer'] },
  { username: 'gx-sun', displayName: '孙浩然（高新区驻深）', roles: ['officer'] },
  { username: 'ls-ma', displayName: '马骁（崂山区投促中心）', roles: ['officer'] },
  // 崂山区's 挂点联系: the deputy district head linked to its key VR enterprises, and their policy commissioner.
  { username: 'ls-leader', displayName: '曲振华（崂山区副区长）', roles: ['leader'] },
  { username: 'ls-policy', displayName: '韩雪（崂山区政策专员）', roles: ['officer'] },
];

export const demoUsernames = demoUsers.map((user) => user.username);

/**
 * Fills an empty database: with demo data, every module's demo records and one user of every role; without,
 * a single administrator with a random password.
 */
export async function seedDatabase(db: Db, options: { demo: boolean; modules: readonly QiaoModule[] }): Promise<SeededAccount[]> {
  // All or nothing: a failed first start leaves an empty database that the next start seeds again.
  return db.transaction((tx) => seedInTransaction(tx, options));
}

async function seedInTransaction(db: Tx, options: { demo: boolean; modules: readonly QiaoModule[] }): Promise<SeededAccount[]> {
  if (!options.demo) {
    const password = generatePassword();
    const roles: Role[] = ['admin'];
    await createUser(db, systemActor, { username: 'admin', displayName: '系统管理员', password, roles, mustChangePassword: true }, enterpriseExists);
    return [{ username: 'admin', password, roles, displayName: '系统管理员' }];
  }
  // Staff accounts first, so that modules' demo records can name their owners (`user:<username>` in the keys);
  // accounts of an organisation once the modules have created it.
  const staffKeys = new Map<string, string>();
  for (const user of demoUsers.filter((u) => !u.enterpriseKey)) {
    const created = await createUser(db, systemActor, { ...user, password: demoPassword }, enterpriseExists);
    staffKeys.set(`user:${user.username}`, created.id);
  }
  const { keys } = await seedModuleDemoData(db, options.modules, staffKeys);
  for (const user of demoUsers.filter((u) => u.enterpriseKey)) {
    await createUser(db, systemActor, { ...user, password: demoPassword, enterpriseId: keys.get(user.enterpriseKey!) }, enterpriseExists);
  }
  return demoUsers.map((user) => ({ username: user.username, password: demoPassword, roles: user.roles, displayName: user.displayName }));
}

export function printAccounts(accounts: SeededAccount[], demo: boolean): void {
  const lines = accounts.map((a) => `    ${a.username.padEnd(12)} ${a.password.padEnd(16)} ${a.roles.join(',').padEnd(12)} ${a.displayName}`);
  const heading = demo
    ? 'Demo data loaded. Sign in with one of these accounts:'
    : 'Created the administrator. Its password is shown only this once; you must change it at first sign-in:';
  process.stdout.write(`\n  ${heading}\n\n    ${'username'.padEnd(12)} ${'password'.padEnd(16)} ${'roles'.padEnd(12)} name\n${lines.join('\n')}\n\n`);
}
