import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { stageNames } from '../messages.ts';
import { workingStages, type WorkingStage } from '../project-stages.ts';
import './ledger-messages.ts';

/** The columns of a project ledger (台账), in the template's order. */
export const ledgerColumns = [
  'name',
  'enterpriseName',
  'creditCode',
  'industry',
  'region',
  'team',
  'manager',
  'stage',
  'signedOn',
  'amountWan',
  'capitalOrigin',
  'registeredOn',
  'startedOn',
  'producingOn',
  'note',
] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

export const ledgerHeader = (locale: Locale, column: LedgerColumn): string => translate(locale, `project.ledger.column.${column}`);

/**
 * The stages a ledger row may put a project at: the working ones, 线索 to 投产. 达产 needs its capacity figures,
 * 搁置 and 终止 a reason and the stage they left, which a ledger does not give: such projects are entered by hand.
 */
export const ledgerStages = workingStages;

const localeIndex: Record<Locale, 0 | 1 | 2> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

export const stageName = (locale: Locale, stage: WorkingStage): string => stageNames[stage][localeIndex[locale]];

/** The importable stages as a reader of the language lists them: 线索、接洽、…、投产. */
export const stageList = (locale: Locale): string => ledgerStages.map((stage) => stageName(locale, stage)).join(locale === 'en' ? ', ' : '、');
