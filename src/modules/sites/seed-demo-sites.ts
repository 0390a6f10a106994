import { eq } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { addTeamMember } from '../../platform/teams/add-team-member.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { saveTeam } from '../../platform/teams/save-team.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import type { DemoSeed } from '../../server/module.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { expandUnitPattern, floorLabel } from './add-units.ts';
import { leaseSubject, leaseWorkflow } from './lease-workflow.ts';
import { siteBuildings, siteFloors, siteLeases, sites, siteUnits, type LeaseState, type SiteKind, type UnitUse } from './schema.ts';
import type { UnitPattern } from './schemas.ts';

/** The expo centre's managing team: 即墨区招商一科, led by officer2 (its site manager in the demo). */
const expoTeam = { name: '即墨区招商一科', location: '青岛即墨', description: '纺织服装、家居与外资企业', lead: 'officer2' };

interface DemoSite {
  name: string;
  kind: SiteKind;
  address: string;
  managed: boolean;
  note: string;
  buildings: { name: string; blocks: Omit<UnitPattern, 'prefix'>[] }[];
}

export const demoExpoCentre = '即墨国际家居博览中心';

const demoSites: DemoSite[] = [
  {
    name: demoExpoCentre,
    kind: 'expo-centre',
    address: '山东省青岛市即墨区鹤山路 868 号',
    managed: true,
    note: '家具、软装、建材一站式展贸中心；开业 8 个月招商面积超过八成',
    buildings: [
      { name: 'A馆 家具', blocks: [{ floorFrom: 1, floorTo: 3, unitFrom: 1, unitTo: 40, area: 120, use: 'showroom' }] },
      { name: 'B馆 软装建材', blocks: [{ floorFrom: 1, floorTo: 3, unitFrom: 1, unitTo: 30, area: 150, use: 'showroom' }] },
      {
        name: 'C座 商务办公',
        blocks: [
          { floorFrom: 1, floorTo: 1, unitFrom: 1, unitTo: 6, area: 100, use: 'retail' },
          { floorFrom: 2, floorTo: 8, unitFrom: 1, unitTo: 6, area: 100, use: 'office' },
        ],
      },
    ],
  },
  {
    name: '即墨区青年创新创业园',
    kind: 'park',
    address: '山东省青岛市即墨区蓝鳌路 1288 号',
    managed: false,
    note: '面向青年创业团队的孵化办公与小型厂房',
    buildings: [
      { name: '1号楼 孵化器', blocks: [{ floorFrom: 1, floorTo: 4, unitFrom: 1, unitTo: 8, area: 60, use: 'office' }] },
      { name: '2号厂房', blocks: [{ floorFrom: 1, floorTo: 1, unitFrom: 1, unitTo: 4, area: 500, use: 'industrial' }] },
    ],
  },
];

/** The expo centre's tenants: home-furnishing brands, makers and traders, and the offices that serve them. */
const expoTenants = [
  '青岛雅居实木家具有限公司', '即墨区鑫源红木家具厂', '青岛欧菲德软体家具有限公司', '山东美郁家居科技有限公司', '青岛海派沙发有限公司',
  '青岛原野藤编家居有限公司', '青岛北欧时光家具有限公司', '青岛慕思睡眠家居即墨体验馆', '青岛华艺灯饰有限公司', '青岛锦绣布艺窗帘有限公司',
  '青岛东方瓷砖建材有限公司', '青岛佳美卫浴有限公司', '青岛森林地板有限公司', '青岛金石石材有限公司', '青岛安居智能门窗有限公司',
  '青岛品匠定制家居有限公司', '青岛木言木语家具有限公司', '青岛优家厨柜有限公司', '青岛鸿运办公家具有限公司', '青岛童趣儿童家具有限公司',
  '青岛锦程壁纸有限公司', '青岛美陶陶瓷有限公司', '青岛宜舍家纺有限公司', '青岛尚品床垫有限公司', '青岛丰和五金有限公司',
  '青岛梵高装饰画有限公司', '青岛悦居整装设计有限公司', '青岛蓝海家居供应链有限公司', '青岛即墨家居电商产业有限公司', '青岛木匠工坊文化有限公司',
  '青岛欣悦地毯有限公司', '青岛和风茶台家具有限公司', '青岛巧匠全屋定制有限公司', '青岛云栖户外家具有限公司', '青岛明轩灯具有限公司',
  '青岛汇通家居物流有限公司', '青岛智家物联科技有限公司', '青岛德艺装饰设计有限公司',
];

const parkTenants = ['青岛数智青年科技有限公司', '青岛蓝鳌新材料科技有限公司', '青岛拾光文创有限公司'];

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, '0')}:00:00Z`);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first day of the month `back` months before today's (0: this month). */
function monthStart(today: string, back: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

async function managingTeam(tx: Tx, userId: string | undefined): Promise<string> {
  const [existing] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey(expoTeam.name)));
  const id = existing?.id ?? (await saveTeam(tx, systemActor, null, { name: expoTeam.name, location: expoTeam.location, description: expoTeam.description })).id;
  if (userId && !(await membershipsOn(tx, chinaToday(), { teamIds: [id], userIds: [userId] })).length) {
    await addTeamMember(tx as unknown as Db, systemActor, id, { userId, role: 'lead', startsOn: '2026-01-01', endsOn: null });
  }
  return id;
}

async function tenantIds(tx: Tx, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const [existing] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, name));
    ids.push(existing?.id ?? (await createEnterprise(tx, systemActor, { name, regionCode: '370215', confirmDuplicate: true })).id);
  }
  return ids;
}

interface DemoLease {
  unitId: string;
  enterpriseId: string;
  state: LeaseState;
  area: number | null;
  signedOn: string | null;
  fitOutOn: string | null;
  openedOn: string | null;
  endedOn: string | null;
  closeReason: string | null;
  createdOn: string;
}

/**
 * Leases over eight months ending this month: each month's signings take the leased share to the month's target,
 * the last above 80 %; fitting out starts two weeks after signing and the tenant opens two months after, when
 * those days have come. A few intents wait, one was given up, one lease ended.
 */
function planLeases(units: { id: string; area: number }[], tenants: string[], today: string): DemoLease[] {
  const targets = [0.14, 0.27, 0.4, 0.52, 0.62, 0.71, 0.78, 0.84];
  const total = units.reduce((n, u) => n + u.area, 0);
  const leases: DemoLease[] = [];
  let next = 0;
  let leased = 0;
  // The last two units keep the intent given up and the lease that ended.
  const lettable = units.length - 2;
  targets.forEach((target, index) => {
    const start = monthStart(today, targets.length - 1 - index);
    const span = index === targets.length - 1 ? Math.max(1, Number(today.slice(8, 10))) : 28;
    let n = 0;
    while (next < lettable && leased / total < target) {
      const unit = units[next]!;
      const signedOn = addDays(start, n % span);
      const fitOutOn = addDays(signedOn, 14);
      const openedOn = addDays(signedOn, 60);
      const state: LeaseState = openedOn <= today ? 'open' : fitOutOn <= today ? 'fitting-out' : 'signed';
      leases.push({
        unitId: unit.id,
        enterpriseId: tenants[Math.floor(next / 6) % tenants.length]!,
        state,
        area: unit.area,
        signedOn,
        fitOutOn: fitOutOn <= today ? fitOutOn : null,
        openedOn: openedOn <= today ? openedOn : null,
        endedOn: null,
        closeReason: null,
        createdOn: addDays(signedOn, -10),
      });
      leased += unit.area;
      next += 1;
      n += 1;
    }
  });
  // Intents on the next vacant units, an intent given up, and a lease that ended (its unit vacant again).
  for (let i = 0; i < 4 && next < lettable; i++, next++) {
    leases.push({ unitId: units[next]!.id, enterpriseId: tenants[(i * 7) % tenants.length]!, state: 'intent', area: null, signedOn: null, fitOutOn: null, openedOn: null, endedOn: null, closeReason: null, createdOn: addDays(today, -i - 1) });
  }
  const vacant = units[units.length - 1]!;
  leases.push({ unitId: vacant.id, enterpriseId: tenants[3 % tenants.length]!, state: 'cancelled', area: null, signedOn: null, fitOutOn: null, openedOn: null, endedOn: null, closeReason: '品牌方调整区域布局，改租 A 馆', createdOn: monthStart(today, 5) });
  const ended = units[units.length - 2]!;
  const endedSigned = addDays(monthStart(today, 7), 3);
  leases.push({
    unitId: ended.id,
    enterpriseId: tenants[5 % tenants.length]!,
    state: 'ended',
    area: ended.area,
    signedOn: endedSigned,
    fitOutOn: addDays(endedSigned, 14),
    openedOn: addDays(endedSigned, 60),
    endedOn: addDays(monthStart(today, 3), 10),
    closeReason: '经营调整，提前解约',
    createdOn: addDays(endedSigned, -10),
  });
  return leases;
}

/** The moves that brought each lease to its state, dated as the lease's own days. */
function movesOf(lease: DemoLease & { id: string }, actor: { id: string | null; name: string }) {
  const base = { workflow: leaseWorkflow.name, recordKind: leaseSubject.kind, recordId: lease.id, actorId: actor.id, actorName: actor.name };
  const moves: (typeof workflowTransitions.$inferInsert)[] = [{ ...base, fromState: null, toState: 'intent', action: startAction, at: at(lease.createdOn, 9) }];
  let state: LeaseState = 'intent';
  const move = (action: string, to: LeaseState, day: string, evidence: Record<string, unknown>) => {
    moves.push({ ...base, fromState: state, toState: to, action, evidence, at: at(day) });
    state = to;
  };
  if (lease.signedOn) {
    move('sign', 'signed', lease.signedOn, { signedOn: lease.signedOn, termFrom: lease.signedOn, termTo: addDays(lease.signedOn, 3 * 365 - 1), area: lease.area, monthlyRent: null });
  }
  if (lease.fitOutOn) move('fitOut', 'fitting-out', lease.fitOutOn, { fitOutOn: lease.fitOutOn });
  if (lease.openedOn) move('open', 'open', lease.openedOn, { openedOn: lease.openedOn });
  if (lease.endedOn) move('end', 'ended', lease.endedOn, { endedOn: lease.endedOn, reason: lease.closeReason });
  if (lease.state === 'cancelled') move('cancel', 'cancelled', addDays(lease.createdOn, 20), { reason: lease.closeReason });
  return moves;
}

/** The demo sites: the expo centre (258 units, leased above 80 % in eight months) and a smaller park (36 units). */
export async function seedDemoSites(tx: Tx, seed: DemoSeed): Promise<void> {
  const today = chinaToday();
  const managerId = seed.keys.get(`user:${expoTeam.lead}`);
  const teamId = await managingTeam(tx, managerId);
  const actor = { id: managerId ?? null, name: managerId ? '赵招商（即墨区）' : systemActor.name };
  for (const demo of demoSites) {
    const [site] = await tx
      .insert(sites)
      .values({ name: demo.name, nameKey: normalizeKey(demo.name), kind: demo.kind, regionCode: '370215', address: demo.address, teamId: demo.managed ? teamId : null, note: demo.note })
      .returning({ id: sites.id });
    const units: { id: string; area: number; use: UnitUse }[] = [];
    for (const building of demo.buildings) {
      const [row] = await tx.insert(siteBuildings).values({ siteId: site!.id, name: building.name }).returning({ id: siteBuildings.id });
      const rows = building.blocks.flatMap((block) => expandUnitPattern({ ...block, prefix: '' }));
      const levels = [...new Set(rows.map((r) => r.level))];
      const floors = await tx
        .insert(siteFloors)
        .values(levels.map((level) => ({ buildingId: row!.id, level, label: floorLabel(level) })))
        .returning();
      const floorOf = new Map(floors.map((f) => [f.level, f.id]));
      units.push(
        ...(await tx
          .insert(siteUnits)
          .values(rows.map((r) => ({ floorId: floorOf.get(r.level)!, code: r.code, area: r.area, use: r.use })))
          .returning({ id: siteUnits.id, area: siteUnits.area, use: siteUnits.use })),
      );
    }
    const tenants = await tenantIds(tx, demo.managed ? expoTenants : parkTenants);
    const planned = planLeases(units, tenants, today);
    const inserted = await tx
      .insert(siteLeases)
      .values(
        planned.map((l) => ({
          unitId: l.unitId,
          enterpriseId: l.enterpriseId,
          state: l.state,
          area: l.area,
          termFrom: l.signedOn,
          termTo: l.signedOn ? addDays(l.signedOn, 3 * 365 - 1) : null,
          signedOn: l.signedOn,
          fitOutOn: l.fitOutOn,
          openedOn: l.openedOn,
          endedOn: l.endedOn,
          closeReason: l.closeReason,
          createdById: managerId ?? null,
          createdAt: at(l.createdOn, 9),
          updatedAt: at(l.endedOn ?? l.openedOn ?? l.fitOutOn ?? l.signedOn ?? l.createdOn),
        })),
      )
      .returning({ id: siteLeases.id });
    await tx.insert(workflowTransitions).values(planned.flatMap((l, i) => movesOf({ ...l, id: inserted[i]!.id }, actor)));
  }
}
