import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import {
  amountChange,
  amountCountedBefore,
  amountVerification,
  countedAmountWan,
  countedSigning,
  markCounted,
  resigningDateProblem,
  signedBy,
  signedByMonth,
} from './counting-rules.ts';
import { actionInto } from './project-stages.ts';
import { isStalled } from './stall-rule.ts';

const at = (iso: string) => new Date(iso);
const signing = (id: string, signedOn: string, recordedAt = '2026-01-01T00:00:00Z') => ({ id, signedOn, recordedAt: at(recordedAt) });

describe('rule 1: a project counts as signed once, at its first signing', () => {
  it.each([
    ['no signing', [], null],
    ['one signing', [signing('a', '2026-03-01')], 'a'],
    ['a re-signing later', [signing('a', '2026-03-01'), signing('b', '2026-05-20')], 'a'],
    ['listed out of order', [signing('b', '2026-05-20'), signing('a', '2026-03-01')], 'a'],
    ['the same day: the one recorded first', [signing('b', '2026-03-01', '2026-03-01T09:00:00Z'), signing('a', '2026-03-01', '2026-03-01T08:00:00Z')], 'a'],
    ['signed three times', [signing('a', '2026-01-10'), signing('b', '2026-02-10'), signing('c', '2026-03-10')], 'a'],
  ])('%s', (_, signings, counted) => {
    expect(countedSigning(signings)?.id ?? null).toBe(counted);
    expect(markCounted(signings).filter((s) => s.counted).map((s) => s.id)).toEqual(counted ? [counted] : []);
  });

  it.each([
    [null, '2026-01-01', null],
    ['2026-03-01', '2026-03-01', null],
    ['2026-03-01', '2026-04-01', null],
    ['2026-03-01', '2026-02-28', 'project.resignBeforeFirst'],
  ])('a re-signing after a first signing on %s, dated %s: %s', (first, signedOn, problem) => {
    expect(resigningDateProblem(first, signedOn)).toBe(problem);
  });
});

describe('rule 2: a capital increase counts only the increment', () => {
  it.each([
    ['a new investment counts its agreed amount', { kind: 'new', agreedAmountWan: 10000, baseAmountWan: null }, 10000],
    ['nothing before it signs', { kind: 'new', agreedAmountWan: null, baseAmountWan: null }, 0],
    ['an increase to 16000 over 10000 counted before', { kind: 'capitalIncrease', agreedAmountWan: 16000, baseAmountWan: 10000 }, 6000],
    ['an increase of an enterprise with nothing counted before', { kind: 'capitalIncrease', agreedAmountWan: 3000, baseAmountWan: null }, 3000],
    ['an agreement below the amount counted before adds nothing', { kind: 'capitalIncrease', agreedAmountWan: 8000, baseAmountWan: 10000 }, 0],
    ['decimals of 万元 stay exact', { kind: 'capitalIncrease', agreedAmountWan: 1000.3, baseAmountWan: 1000.1 }, 0.2],
  ] as const)('%s', (_, project, counted) => {
    expect(countedAmountWan(project)).toBe(counted);
  });

  it.each([
    [[], 0],
    [[10000], 10000],
    [[10000, 5000], 15000],
    [[0.1, 0.2], 0.3],
  ])('counted before %j: %d', (earlier, sum) => {
    expect(amountCountedBefore(earlier)).toBe(sum);
  });
});

describe('rule 3: an agreed amount changes only with a reason', () => {
  it.each([
    [null, 5000, undefined, { kind: 'first', newAmountWan: 5000 }],
    [5000, 5000, undefined, { kind: 'unchanged' }],
    [5000, 5000.001, undefined, { kind: 'unchanged' }],
    [5000, 6000, undefined, { kind: 'refused', message: 'project.amountReasonRequired' }],
    [5000, 6000, '   ', { kind: 'refused', message: 'project.amountReasonRequired' }],
    [5000, 6000, ' 补充协议追加投资 ', { kind: 'changed', oldAmountWan: 5000, newAmountWan: 6000, reason: '补充协议追加投资' }],
    [5000, 4000, '压缩一期规模', { kind: 'changed', oldAmountWan: 5000, newAmountWan: 4000, reason: '压缩一期规模' }],
  ])('from %s to %s with reason %j', (before, after, reason, change) => {
    expect(amountChange(before, after, reason)).toEqual(change);
  });
});

describe('rule 4: an amount without an agreement file is unverified', () => {
  it.each([
    [null, false, null],
    [null, true, null],
    [5000, true, 'verified'],
    [5000, false, 'unverified'],
  ])('amount %s, live file %s: %s', (amount, live, verification) => {
    expect(amountVerification(amount, live)).toBe(verification);
  });
});

describe('the summary by month', () => {
  const projects = [
    { firstSignedOn: '2026-03-05', countedWan: 10000, verification: 'verified' as const },
    { firstSignedOn: '2026-03-28', countedWan: 6000, verification: 'unverified' as const },
    { firstSignedOn: '2026-01-15', countedWan: 800.5, verification: 'verified' as const },
    { firstSignedOn: null, countedWan: 0, verification: null },
  ];

  it('counts each signed project once in the month of its first signing, unverified amounts apart', () => {
    expect(signedByMonth(projects)).toEqual([
      { month: '2026-01', signed: 1, amountWan: 800.5, unverified: 0, unverifiedAmountWan: 0 },
      { month: '2026-03', signed: 2, amountWan: 16000, unverified: 1, unverifiedAmountWan: 6000 },
    ]);
  });

  it('leaves unverified amounts out when asked', () => {
    expect(signedByMonth(projects, { verifiedOnly: true })).toEqual([
      { month: '2026-01', signed: 1, amountWan: 800.5, unverified: 0, unverifiedAmountWan: 0 },
      { month: '2026-03', signed: 1, amountWan: 10000, unverified: 0, unverifiedAmountWan: 0 },
    ]);
  });

  it('groups by any key of the project, each once, the unsigned left out', () => {
    const teams = [{ team: 'A' }, { team: 'B' }, { team: 'A' }, { team: 'A' }];
    const withTeams = projects.map((project, index) => ({ ...project, ...teams[index]! }));
    expect(signedBy(withTeams, (project) => project.team)).toEqual(
      new Map([
        ['A', { signed: 2, amountWan: 10800.5, unverified: 0, unverifiedAmountWan: 0 }],
        ['B', { signed: 1, amountWan: 6000, unverified: 1, unverifiedAmountWan: 6000 }],
      ]),
    );
    expect([...signedBy(withTeams, (project) => project.team, { verifiedOnly: true }).keys()]).toEqual(['A']);
  });
});

describe('moves into a stage', () => {
  it.each([
    [{ stage: 'lead', heldFromStage: null }, 'contact', 'contact'],
    [{ stage: 'lead', heldFromStage: null }, 'signed', 'sign'],
    [{ stage: 'contact', heldFromStage: null }, 'intent', 'intent'],
    [{ stage: 'intent', heldFromStage: null }, 'contact', null],
    [{ stage: 'signed', heldFromStage: null }, 'registered', 'register'],
    [{ stage: 'signed', heldFromStage: null }, 'started', null],
    [{ stage: 'registered', heldFromStage: null }, 'started', 'beginConstruction'],
    [{ stage: 'producing', heldFromStage: null }, 'atCapacity', 'reachCapacity'],
    [{ stage: 'negotiation', heldFromStage: null }, 'onHold', 'hold'],
    [{ stage: 'onHold', heldFromStage: 'negotiation' }, 'negotiation', 'resume-negotiation'],
    [{ stage: 'onHold', heldFromStage: 'negotiation' }, 'signed', null],
    [{ stage: 'onHold', heldFromStage: 'negotiation' }, 'terminated', 'terminate'],
    [{ stage: 'atCapacity', heldFromStage: null }, 'terminated', null],
    [{ stage: 'terminated', heldFromStage: null }, 'lead', null],
  ] as const)('from %j into %s: %s', (project, target, action) => {
    expect(actionInto(project, target)).toBe(action);
  });
});

describe('stalled projects', () => {
  const rule = { stallDays: 30 };
  const now = at('2026-12-05T00:00:00Z');
  it.each([
    ['intent', '2026-11-04T23:59:59Z', true],
    ['intent', '2026-11-05T00:00:00Z', false],
    ['negotiation', '2026-01-01T00:00:00Z', true],
    ['onHold', '2026-01-01T00:00:00Z', false],
    ['atCapacity', '2026-01-01T00:00:00Z', false],
    ['terminated', '2026-01-01T00:00:00Z', false],
  ] as const)('%s since %s: %s', (stage, entered, stalled) => {
    expect(isStalled({ stage, stageEnteredAt: at(entered) }, now, rule)).toBe(stalled);
  });

  it('reads PROJECT_STALL_DAYS, 30 by default', () => {
    expect(loadConfig({}).projects.stallDays).toBe(30);
    expect(loadConfig({ PROJECT_STALL_DAYS: '14' }).projects.stallDays).toBe(14);
    expect(() => loadConfig({ PROJECT_STALL_DAYS: '0' })).toThrow(/PROJECT_STALL_DAYS/);
  });
});
