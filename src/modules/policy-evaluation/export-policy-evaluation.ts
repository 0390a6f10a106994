import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { addSheet, excelDate, excelDateFormat } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { evaluationFigures } from './evaluation-facts.ts';
import { readPolicyEvaluation } from './read-policy-evaluation.ts';
import type { EvaluationFiguresRow, EvaluationQuery, PolicyEvaluation } from './schemas.ts';
import './messages.ts';

const figureColumns = [...evaluationFigures, 'amountWan', 'medianDaysToPayout', 'ratings', 'meanRating'] as const;
const pageSize = 200;

/** The evaluation of every policy the filters select as a workbook in the reader's language (policies, then items); audited. */
export async function exportPolicyEvaluation(db: DbOrTx, actor: Actor, query: EvaluationQuery, locale: Locale): Promise<ExcelJS.Workbook> {
  const say = (key: string) => translate(locale, `policyEvaluation.${key}`);
  const policies: PolicyEvaluation[] = [];
  for (let page = 1; ; page++) {
    const report = await readPolicyEvaluation(db, { ...query, page, pageSize });
    policies.push(...report.items);
    if (policies.length >= report.total || report.items.length === 0) break;
  }
  const cells = (figures: EvaluationFiguresRow) => figureColumns.map((column) => figures[column]);
  const figureHeaders = figureColumns.map((column) => say(`column.${column}`));
  const workbook = new ExcelJS.Workbook();
  const policySheet = addSheet(workbook, say('sheet.policies'), [say('column.policy'), say('column.level'), say('column.state'), say('column.issuedOn'), ...figureHeaders]);
  policySheet.getColumn(4).numFmt = excelDateFormat;
  for (const policy of policies) {
    policySheet.addRow([policy.title, say(`level.${policy.level}`), say(`state.${policy.state}`), excelDate(policy.issuedOn), ...cells(policy.figures)]);
  }
  const itemSheet = addSheet(workbook, say('sheet.items'), [say('column.policy'), say('column.item'), say('column.kind'), say('column.delivery'), ...figureHeaders]);
  for (const policy of policies) {
    for (const item of policy.items) itemSheet.addRow([policy.title, item.title, say(`kind.${item.kind}`), say(`delivery.${item.delivery}`), ...cells(item.figures)]);
  }
  await recordAudit(db, actor, { entityType: 'policyEvaluation', entityId: '*', action: 'export', after: { ...query, policies: policies.length } });
  return workbook;
}
