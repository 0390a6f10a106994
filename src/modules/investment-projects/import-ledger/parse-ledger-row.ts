import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { columnMessage, type RowValues } from '../../../platform/imports/import-kind.ts';
import { parseAmount, parseDate } from '../../../platform/imports/parse-cells.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { canonicalCreditCode, creditCodeProblem } from '../../enterprises/validate-credit-code.ts';
import { resolveRegion } from '../../reference/resolve-region.ts';
import { capitalOrigins, type CapitalOrigin, type WorkingStage } from '../project-stages.ts';
import { ledgerHeader, ledgerStages, stageList, stageName, type LedgerColumn } from './ledger-columns.ts';
import type { LedgerContext } from './load-ledger-context.ts';
import '../../enterprises/messages.ts';

/** What a valid ledger row creates: the project at its stage, with the facts that stage implies. */
export interface LedgerInput {
  name: string;
  /** The register's enterprise, when found at upload; else the one to find or create when the import runs. */
  enterpriseId: string | null;
  enterprise: { name: string; creditCode: string | null };
  industryCode: string | null;
  regionCode: string | null;
  teamId: string | null;
  managerId: string | null;
  stage: WorkingStage;
  signedOn: string | null;
  amountWan: number | null;
  capitalOrigin: CapitalOrigin | null;
  registeredOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  note: string | null;
}

export type LedgerValues = RowValues<LedgerColumn>;

const maxLengths: Partial<Record<LedgerColumn, number>> = { name: 200, enterpriseName: 200, note: 1000 };

const stageByName = new Map<string, WorkingStage>(
  ledgerStages.flatMap((stage) => [stage, ...(['zh-CN', 'zh-TW', 'en'] as const).map((locale) => stageName(locale, stage))].map((name) => [normalizeKey(name), stage] as const)),
);

const originByName = new Map<string, CapitalOrigin>(
  capitalOrigins.flatMap((origin) => [origin, ...(['zh-CN', 'zh-TW', 'en'] as const).map((locale) => translate(locale, `project.ledger.${origin}`))].map((name) => [normalizeKey(name), origin] as const)),
);

const stageRank = (stage: WorkingStage) => ledgerStages.indexOf(stage);
const atLeast = (stage: WorkingStage, than: WorkingStage) => stageRank(stage) >= stageRank(than);

/**
 * Reads one ledger row: every problem of it at once, each worded in the uploader's language after its column's
 * header. The enterprise, duplicates and the manager's team are checked across rows afterwards (check-ledger-rows.ts).
 */
export function parseLedgerRow(values: LedgerValues, context: LedgerContext, locale: Locale): { input: LedgerInput | null; errors: string[] } {
  const errors: string[] = [];
  const fail = (column: LedgerColumn, message: string, params: Record<string, unknown> = {}) => {
    errors.push(columnMessage(locale, ledgerHeader(locale, column), translate(locale, message, params)));
    return null;
  };
  const cell = (column: LedgerColumn) => values[column]?.trim() ?? '';
  for (const [column, max] of Object.entries(maxLengths) as [LedgerColumn, number][]) {
    if (cell(column).length > max) fail(column, 'project.ledger.tooLong', { max });
  }

  const name = cell('name');
  if (!name) fail('name', 'project.ledger.required');
  const enterpriseName = cell('enterpriseName');
  const creditCode = canonicalCreditCode(cell('creditCode')) || null;
  if (!enterpriseName && !creditCode) fail('enterpriseName', 'project.ledger.enterpriseRequired');
  const codeProblem = creditCode ? creditCodeProblem(creditCode) : null;
  if (codeProblem) fail('creditCode', `enterprise.creditCode.${codeProblem.problem}`, codeProblem);

  const stageText = cell('stage');
  const stage = stageText ? stageByName.get(normalizeKey(stageText)) : 'lead';
  if (!stage) fail('stage', 'project.ledger.stageUnknown', { stages: stageList(locale) });

  const industry = industryOf(cell('industry'), context);
  if (industry === 'unknown') fail('industry', 'project.ledger.industryUnknown');
  if (industry === 'ambiguous') fail('industry', 'project.ledger.industryAmbiguous');
  const regionText = cell('region');
  const region = regionText ? resolveRegion(context.reference, regionText) : null;
  if (region && 'error' in region) fail('region', region.error === 'unknown' ? 'project.ledger.regionUnknown' : 'project.ledger.regionAmbiguous');

  const teamText = cell('team');
  const team = teamText ? context.teams.get(normalizeKey(teamText)) : undefined;
  if (teamText && !team) fail('team', 'project.ledger.teamUnknown');
  const managerText = cell('manager');
  const managers = managerText ? (context.usersByName.get(normalizeKey(managerText)) ?? []) : [];
  if (managerText && managers.length === 0) fail('manager', 'project.ledger.managerUnknown');
  if (managers.length > 1) fail('manager', 'project.ledger.managerAmbiguous');

  const dates: Partial<Record<LedgerColumn, string | null>> = {};
  for (const column of ['signedOn', 'registeredOn', 'startedOn', 'producingOn'] as const) {
    const text = cell(column);
    const date = text ? parseDate(text) : null;
    if (text && !date) fail(column, 'project.ledger.notADate');
    else if (date && date > context.today) fail(column, 'project.ledger.inFuture');
    else dates[column] = date;
  }
  const amountText = cell('amountWan');
  const amountWan = amountText ? parseAmount(amountText) : null;
  if (amountText && (amountWan === null || amountWan <= 0 || amountWan > 100_000_000)) fail('amountWan', 'project.ledger.amount');
  const originText = cell('capitalOrigin');
  const capitalOrigin = originText ? originByName.get(normalizeKey(originText)) : null;
  if (originText && !capitalOrigin) fail('capitalOrigin', 'project.ledger.capitalOrigin');

  // The facts a stage implies, as moving the project there would have asked for them (project-workflow.ts).
  if (stage) {
    const needs = (than: WorkingStage, column: LedgerColumn, given: unknown) => {
      if (atLeast(stage, than) && !given && !errors.some((e) => e.startsWith(ledgerHeader(locale, column)))) {
        fail(column, 'project.ledger.requiredAtStage', { stage: stageName(locale, stage) });
      }
    };
    needs('signed', 'signedOn', dates.signedOn);
    needs('signed', 'amountWan', amountWan);
    needs('signed', 'capitalOrigin', capitalOrigin);
    needs('registered', 'creditCode', creditCode);
    needs('started', 'startedOn', dates.startedOn);
    needs('producing', 'producingOn', dates.producingOn);
    const notBefore = (column: LedgerColumn, earlier: LedgerColumn) => {
      const [later, first] = [dates[column], dates[earlier]];
      if (later && first && later < first) fail(column, 'project.ledger.beforeDate', { column: ledgerHeader(locale, earlier) });
    };
    notBefore('registeredOn', 'signedOn');
    notBefore('startedOn', 'signedOn');
    notBefore('producingOn', 'startedOn');
  }
  if (errors.length || !stage) return { input: null, errors };
  const keeps = (than: WorkingStage) => atLeast(stage, than);
  return {
    input: {
      name,
      enterpriseId: null,
      enterprise: { name: enterpriseName, creditCode },
      industryCode: typeof industry === 'object' && industry ? industry.code : null,
      regionCode: region && 'code' in region ? region.code : null,
      teamId: team?.id ?? null,
      managerId: managers[0] ?? null,
      stage,
      // Facts of a stage the project has not reached are not kept: they would claim a move it never made.
      signedOn: keeps('signed') ? dates.signedOn! : null,
      amountWan: keeps('signed') ? amountWan : null,
      capitalOrigin: keeps('signed') ? capitalOrigin! : null,
      registeredOn: keeps('registered') ? (dates.registeredOn ?? null) : null,
      startedOn: keeps('started') ? dates.startedOn! : null,
      producingOn: keeps('producing') ? dates.producingOn! : null,
      note: cell('note') || null,
    },
    errors,
  };
}

/** An industry by its code (C3911, 3911) or its name in Chinese or English; a name several branches share is ambiguous. */
function industryOf(text: string, context: LedgerContext): { code: string } | 'unknown' | 'ambiguous' | null {
  if (!text) return null;
  const code = context.reference.resolveIndustryCode(text);
  if (code) return { code };
  const named = context.industriesByName.get(normalizeKey(text)) ?? [];
  if (!named.length) return 'unknown';
  // A group and its only class often share a name (旅游饭店 H611 and H6110): one industry, the deepest code.
  const deepest = named.reduce((a, b) => (b.length > a.length ? b : a));
  return named.every((code) => deepest.startsWith(code)) ? { code: deepest } : 'ambiguous';
}
