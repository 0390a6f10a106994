import { sql } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import { systemWorkflowActor } from '../../platform/workflow/workflow-actor.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { seededRandom } from '../../server/seeded-random.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import type { Maturity, TransactionMode } from '../matching/types.ts';
import { createDemand } from './create-demand.ts';
import { createListing } from './create-listing.ts';
import {
  demoCapitalDemands,
  demoFieldTables,
  demoOrganisations,
  demoRejectionReasons,
  demoTechnologyDemands,
  partyBuildingDemands,
  partyBuildingListing,
  type DemoOrganisation,
  type DemoState,
  type DemoTechnologyDemand,
} from './demo-data.ts';
import { allMarketFields } from './field-names.ts';
import { demandKind, listingKind, type MarketRecordKind } from './market-kinds.ts';
import type { CreateDemandInput, CreateListingInput } from './schemas.ts';
import type { Patent } from './schema.ts';

const day = 86_400_000;
/** The default publication period (config.ts, MARKET_PUBLICATION_DAYS): a seeded expiry reads as one the market set. */
const publicationDays = 365;

/** The states the bulk takes in turn: mostly published, a few of every other state. */
const listingStates: DemoState[] = ['published', 'published', 'published', 'submitted', 'published', 'published', 'published', 'draft', 'published', 'published', 'rejected', 'published', 'published', 'published', 'withdrawn', 'published', 'published', 'expired', 'published', 'published'];
const demandStates: DemoState[] = ['published', 'published', 'submitted', 'published', 'published', 'rejected', 'published', 'withdrawn', 'published', 'published', 'expired', 'draft'];

/** A Chinese patent number: ZL, year, type digit, serial, and the check digit of GB/T's weighting. */
function patentNumber(year: number, type: 1 | 2, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const check = [...digits].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11;
  return `ZL${digits}.${check === 10 ? 'X' : check}`;
}

/** What the seed gives each record besides its fields: its state, and the times of its creation and transitions. */
interface Timeline {
  state: DemoState;
  createdAt: Date;
  /** Each action after creation with its time, in order. */
  steps: { action: string; at: Date }[];
  expiresAt: Date | null;
  rejectionReason: string | null;
}

/** A plausible history for a record to end in `state`, ending before now; `published` ones may be given their age. */
function timeline(state: DemoState, next: () => number, now: number, index: number, approvedDaysAgo?: number): Timeline {
  // Office hours in Beijing (UTC+8): 09:00–17:00.
  const at = (daysAgo: number) => new Date(Math.floor((now - daysAgo * day) / day) * day + (1 + Math.floor(next() * 8)) * 3_600_000 + Math.floor(next() * 60) * 60_000);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const reviewed = (approvedAgo: number) => {
    const submittedAgo = approvedAgo + between(1, 5);
    return { createdAt: at(submittedAgo + between(2, 20)), submit: at(submittedAgo), approve: at(approvedAgo) };
  };
  const expiry = (approved: Date) => new Date(approved.getTime() + publicationDays * day);
  switch (state) {
    case 'published': {
      const r = reviewed(approvedDaysAgo ?? between(2, 355));
      return { state, createdAt: r.createdAt, steps: [{ action: 'submit', at: r.submit }, { action: 'approve', at: r.approve }], expiresAt: expiry(r.approve), rejectionReason: null };
    }
    case 'expired': {
      const r = reviewed(between(publicationDays + 3, publicationDays + 150));
      const expiresAt = expiry(r.approve);
      // The daily job expires it in the small hours after the day it ran out.
      const expired = new Date(Math.ceil(expiresAt.getTime() / day) * day - 6 * 3_600_000);
      return { state, createdAt: r.createdAt, steps: [{ action: 'submit', at: r.submit }, { action: 'approve', at: r.approve }, { action: 'expire', at: expired }], expiresAt, rejectionReason: null };
    }
    case 'withdrawn': {
      const approvedAgo = between(60, 250);
      const r = reviewed(approvedAgo);
      const steps = [{ action: 'submit', at: r.submit }, { action: 'approve', at: r.approve }, { action: 'withdraw', at: at(approvedAgo - between(10, 45)) }];
      return { state, createdAt: r.createdAt, steps, expiresAt: expiry(r.approve), rejectionReason: null };
    }
    case 'submitted': {
      const submittedAgo = between(1, 6);
      return { state, createdAt: at(submittedAgo + between(1, 10)), steps: [{ action: 'submit', at: at(submittedAgo) }], expiresAt: null, rejectionReason: null };
    }
    case 'rejected': {
      const rejectedAgo = between(2, 30);
      const steps = [{ action: 'submit', at: at(rejectedAgo + between(1, 4)) }, { action: 'reject', at: at(rejectedAgo) }];
      return { state, createdAt: at(rejectedAgo + between(6, 20)), steps, expiresAt: null, rejectionReason: demoRejectionReasons[index % demoRejectionReasons.length]! };
    }
    case 'draft':
      // From yesterday back: today's office hours may be still to come (before 09:00 in Beijing).
      return { state, createdAt: at(between(1, 20)), steps: [], expiresAt: null, rejectionReason: null };
  }
}

interface Planned<Input> {
  key?: string;
  owner: string;
  input: Input;
  timeline: Timeline;
}

/** The listings: the party-building system, then every field's technologies, each for its two uses by two owners. */
function planListings(organisations: Map<string, DemoOrganisation>, fieldIds: Map<string, string>, now: number): Planned<CreateListingInput>[] {
  const next = seededRandom(20_261_111);
  const contactOf = (key: string) => [{ name: organisations.get(key)!.contact.name, phone: organisations.get(key)!.contact.phone, email: null }];
  const party = partyBuildingListing;
  const planned: Planned<CreateListingInput>[] = [
    {
      key: party.key,
      owner: party.owner,
      input: {
        title: party.title,
        summary: party.summary,
        details: party.details,
        fieldId: fieldIds.get(party.field)!,
        keywords: party.keywords,
        maturity: party.maturity,
        trl: party.trl,
        patents: party.softwareCopyrights.map((number) => ({ number, type: 'software-copyright', status: 'granted' })),
        modes: party.modes,
        priceWan: party.priceWan,
        contacts: contactOf(party.owner),
      },
      timeline: timeline('published', next, now, 0, 150),
    },
  ];
  let serial = 0;
  for (const table of demoFieldTables) {
    table.technologies.forEach((technology, t) => {
      for (const k of [0, 1] as const) {
        const index = planned.length - 1;
        const owner = organisations.get(table.owners[(t + k) % table.owners.length]!)!;
        const laboratory = owner.kind !== 'company';
        const maturity: Maturity = laboratory ? (['实验室', '小试', '中试'] as const)[(t + k) % 3]! : (['中试', '量产'] as const)[(t + k) % 2]!;
        const trl = { 实验室: 3, 小试: 4, 中试: 6, 量产: 8 }[maturity] + (next() < 0.5 ? 0 : 1);
        const software = table.field === '软件与信息化';
        const patentCount = 1 + Math.floor(next() * 3);
        const granted = next() < 0.7;
        const patents: Patent[] = Array.from({ length: patentCount }, (_, i) => {
          serial += 1;
          const year = 2018 + ((serial + i) % 6);
          if (software) return { number: `${year}SR${String(100_000 + serial * 7_919).padStart(7, '0')}`, type: 'software-copyright', status: 'granted' };
          const invention = laboratory || i === 0;
          return { number: patentNumber(year, invention ? 1 : 2, 10_000 + serial * 37), type: invention ? 'invention' : 'utility-model', status: granted || !invention ? 'granted' : 'pending' };
        });
        const modes: TransactionMode[] =
          owner.kind === 'university' ? (t % 2 ? ['转让', '许可', '作价入股'] : ['转让', '许可']) : owner.kind === 'institute' ? ['许可', '合作开发', '技术服务'] : t % 2 ? ['许可', '技术服务'] : ['转让', '合作开发'];
        const base = { 实验室: 30, 小试: 80, 中试: 200, 量产: 400 }[maturity];
        const priceWan = next() < 0.3 ? null : Math.round((base * (0.5 + next() * 2)) / 5) * 5;
        const use = technology.uses[k];
        const title = k === 0 ? technology.name : t % 2 ? `${technology.name}在${use}中的应用` : `面向${use}的${technology.name}`;
        const team = owner.kind === 'university' ? `${owner.short}科研团队` : owner.kind === 'institute' ? owner.short : `${owner.short}自主`;
        const patentWords = software
          ? `已登记软件著作权 ${patentCount} 项`
          : `${patents.some((p) => p.status === 'pending') ? '已申请' : '已获授权'}专利 ${patentCount} 项，其中发明专利 ${patents.filter((p) => p.type === 'invention').length} 项`;
        const stage = {
          实验室: '目前已完成实验室验证，希望与企业共同开展小试和工程化开发。',
          小试: '已完成小试，正在寻找中试合作方和产业化场地。',
          中试: '已建成中试线并完成用户试用，可提供中试数据和样品。',
          量产: '已批量供货，可提供用户案例并安排现场考察。',
        }[maturity];
        planned.push({
          owner: owner.key,
          input: {
            title,
            summary: `${team}研发的${technology.name}，${technology.result}。主要面向${use}，${patentWords}。`,
            details: [
              `技术指标：${technology.result}。`,
              `应用场景：${technology.uses.join('、')}等。`,
              `成熟度：${maturity}（TRL ${trl}）。${stage}`,
              `合作方式：${modes.join('、')}；${priceWan === null ? '价格面议' : `参考价格 ${priceWan} 万元，可按合作方式分期支付`}。`,
            ].join('\n'),
            fieldId: fieldIds.get(table.field)!,
            keywords: [...technology.keywords, use],
            maturity,
            trl,
            patents,
            modes,
            priceWan,
            contacts: contactOf(owner.key),
          },
          timeline: timeline(listingStates[index % listingStates.length]!, next, now, index),
        });
      }
    });
  }
  return planned;
}

/** The demands: the party-building system's five buyers, then the other technology demands and the investors'. */
function planDemands(organisations: Map<string, DemoOrganisation>, fieldIds: Map<string, string>, now: number): Planned<CreateDemandInput>[] {
  const next = seededRandom(20_261_205);
  const contactOf = (key: string) => [{ name: organisations.get(key)!.contact.name, phone: organisations.get(key)!.contact.phone, email: null }];
  const ipOwnerships = ['demander', 'negotiable', 'shared', 'provider'] as const;
  const technology = (demand: DemoTechnologyDemand, i: number, life: Timeline): Planned<CreateDemandInput> => {
    const deadline = new Date(life.createdAt.getTime() + demand.months * 30 * day).toISOString().slice(0, 10);
    return {
      key: demand.key && `market-demand:${demand.key}`,
      owner: demand.owner,
      input: {
        kind: 'technology',
        title: demand.title,
        summary: demand.summary,
        targets: demand.targets,
        confidentialDetails: demand.confidential,
        fieldIds: [fieldIds.get(demand.field)!],
        budgetWan: demand.budgetWan,
        deadline,
        maturityNeeded: demand.maturityNeeded,
        ipOwnership: demand.key ? 'negotiable' : ipOwnerships[i % ipOwnerships.length]!,
        contacts: contactOf(demand.owner),
      },
      timeline: life,
    };
  };
  const planned = partyBuildingDemands.map((demand, i) => technology(demand, i, timeline('published', next, now, i, 20 + i * 15)));
  demoTechnologyDemands.forEach((demand, i) => {
    // A published demand's deadline is still ahead: it was approved well within its months.
    const approvedDaysAgo = 2 + Math.floor(next() * (demand.months * 30 - 40));
    planned.push(technology(demand, i, timeline(demandStates[i % demandStates.length]!, next, now, i, approvedDaysAgo)));
  });
  demoCapitalDemands.forEach((demand, i) => {
    const index = demoTechnologyDemands.length + i;
    planned.push({
      owner: demand.owner,
      input: {
        kind: 'capital',
        title: demand.title,
        summary: demand.summary,
        confidentialDetails: demand.confidential,
        fieldIds: demand.fields.map((name) => fieldIds.get(name)!),
        stages: demand.stages,
        ticketMinWan: demand.ticket[0],
        ticketMaxWan: demand.ticket[1],
        modes: ['作价入股'],
        contacts: contactOf(demand.owner),
      },
      timeline: timeline(demandStates[index % demandStates.length]!, next, now, index),
    });
  });
  return planned;
}

const ownerActor = (organisation: DemoOrganisation, id: string): WorkflowActor => ({
  id: null,
  name: `${organisation.contact.name}（${organisation.short}）`,
  permissions: ['listing.write', 'demand.write'],
  enterpriseId: id,
});
/** The demo operator account's name (src/seed/seed.ts), which does not exist yet while modules seed. */
const operatorActor: WorkflowActor = { id: null, name: '陈经纪（技术市场）', permissions: ['listing.review', 'demand.review'], enterpriseId: null };

/**
 * Creates the records through the market's own services and takes each one along its workflow as its owner, the
 * operator or the expiry job would, then dates its creation and transitions back to a plausible history (in one
 * statement per table), with expiry dates that follow from its approval.
 */
async function seedRecords<Input>(
  tx: Tx,
  kind: MarketRecordKind,
  planned: Planned<Input>[],
  create: (actor: WorkflowActor, input: Input) => Promise<{ id: string }>,
  owners: { organisations: Map<string, DemoOrganisation>; ids: Map<string, string> },
  seed: DemoSeed,
) {
  const records: { id: string; created_at: Date; updated_at: Date; submitted_at: Date | null; expires_at: Date | null; rejection_reason: string | null }[] = [];
  const starts: { record_id: string; at: Date }[] = [];
  const transitions: { id: number; at: Date }[] = [];
  const expiry = systemWorkflowActor([`${kind.kind}.expire`]);
  for (const plan of planned) {
    const owner = ownerActor(owners.organisations.get(plan.owner)!, owners.ids.get(plan.owner)!);
    const { id } = await create(owner, plan.input);
    if (plan.key) seed.keys.set(plan.key, id);
    const { timeline: life } = plan;
    for (const step of life.steps) {
      const actor = step.action === 'approve' || step.action === 'reject' ? operatorActor : step.action === 'expire' ? expiry : owner;
      const evidence = step.action === 'reject' ? { reason: life.rejectionReason } : undefined;
      // Both kinds' subjects have the columns the workflow reads; the listing's type stands for either.
      const applied = await applyTransition(tx, kind.workflow, kind.subject as typeof listingKind.subject, { recordId: id, action: step.action, actor, evidence });
      transitions.push({ id: applied.transition.id, at: step.at });
    }
    starts.push({ record_id: id, at: life.createdAt });
    records.push({
      id,
      created_at: life.createdAt,
      updated_at: life.steps.at(-1)?.at ?? life.createdAt,
      submitted_at: life.steps.findLast((step) => step.action === 'submit')?.at ?? null,
      expires_at: life.expiresAt,
      rejection_reason: life.rejectionReason,
    });
  }
  const table = sql.identifier(kind.kind === 'listing' ? 'listings' : 'demands');
  await tx.execute(sql`
    UPDATE ${table} AS r
    SET created_at = v.created_at, updated_at = v.updated_at, submitted_at = v.submitted_at, expires_at = v.expires_at, rejection_reason = v.rejection_reason
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
      AS v(id uuid, created_at timestamptz, updated_at timestamptz, submitted_at timestamptz, expires_at timestamptz, rejection_reason text)
    WHERE r.id = v.id`);
  await tx.execute(sql`
    UPDATE workflow_transitions AS t SET at = v.at
    FROM jsonb_to_recordset(${JSON.stringify(starts)}::jsonb) AS v(record_id text, at timestamptz)
    WHERE t.record_kind = ${kind.kind} AND t.record_id = v.record_id AND t.from_state IS NULL`);
  await tx.execute(sql`
    UPDATE workflow_transitions AS t SET at = v.at
    FROM jsonb_to_recordset(${JSON.stringify(transitions)}::jsonb) AS v(id bigint, at timestamptz)
    WHERE t.id = v.id`);
}

/**
 * The technology market's demo data (demo-data.ts): the owner organisations as enterprise master records of their
 * kind, then the listings and demands in every workflow state. The organisations, the party-building listing and
 * its five demands are left in the seed's keys (`market-org:…`, `market-listing:party-building`,
 * `market-demand:party-building-1…5`) for the modules that seed introductions and deals on them.
 */
export async function seedDemoMarket(tx: Tx, seed: DemoSeed): Promise<void> {
  const organisations = new Map(demoOrganisations.map((organisation) => [organisation.key, organisation]));
  const ids = new Map<string, string>();
  for (const organisation of demoOrganisations) {
    const { key, short, contact, existing, ...fields } = organisation;
    const id = existing ? seed.keys.get(existing) : (await createEnterprise(tx, systemActor, { ...fields, contacts: [{ ...contact, isPrimary: true }] })).id;
    if (!id) throw new Error(`the market's demo data needs the enterprise demo's '${existing}'`);
    ids.set(key, id);
    seed.keys.set(`market-org:${key}`, id);
  }
  const fieldIds = new Map((await allMarketFields(tx)).map((field) => [field.name, field.id]));
  const now = Date.now();
  const owners = { organisations, ids };
  await seedRecords(tx, listingKind, planListings(organisations, fieldIds, now), (actor, input) => createListing(tx, actor, input), owners, seed);
  await seedRecords(tx, demandKind, planDemands(organisations, fieldIds, now), (actor, input) => createDemand(tx, actor, input), owners, seed);
}
