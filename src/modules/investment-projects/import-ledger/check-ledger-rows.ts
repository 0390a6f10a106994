import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { columnMessage, rejectRow, type ImportRow } from '../../../platform/imports/import-kind.ts';
import { membershipsOn } from '../../../platform/teams/memberships-on.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { canonicalCreditCode } from '../../enterprises/validate-credit-code.ts';
import { projects } from '../schema.ts';
import { ledgerHeader, type LedgerColumn } from './ledger-columns.ts';
import type { LedgerContext } from './load-ledger-context.ts';
import type { LedgerInput } from './parse-ledger-row.ts';

type LedgerRow = ImportRow<LedgerInput, LedgerColumn>;

// Enterprises and projects are looked up for this many rows at a time.
const lookupBatch = 1000;

interface Found {
  id: string;
  name: string;
  creditCode: string | null;
}

/** The register's enterprise a row names: by credit code, else by exact name; a name holding another code is an error. */
function matchEnterprise(row: LedgerRow, byCode: Map<string, Found>, byName: Map<string, Found>) {
  const code = canonicalCreditCode(row.values.creditCode ?? '');
  const name = row.values.enterpriseName?.trim() ?? '';
  const coded = code ? byCode.get(code) : undefined;
  if (coded) return { found: coded };
  const named = name ? byName.get(name) : undefined;
  if (named && code && named.creditCode && named.creditCode !== code) return { conflict: named };
  return { found: named };
}

/**
 * Across rows and against the register, once each row is read: which enterprise each row is of (found, or to be
 * created when the uploader may add enterprises), a project repeating an earlier row (same enterprise, same project
 * name) or one the enterprise already has, and a manager outside the row's team. Rows with other errors are checked
 * too, so that the uploader sees every error of a row at once.
 */
export async function checkLedgerRows(db: Db, rows: LedgerRow[], locale: Locale, context: LedgerContext): Promise<void> {
  const fail = (row: LedgerRow, column: LedgerColumn, message: string, params: Record<string, unknown> = {}) =>
    rejectRow(row, columnMessage(locale, ledgerHeader(locale, column), translate(locale, message, params)));
  const firstRow = new Map<string, number>();
  for (let start = 0; start < rows.length; start += lookupBatch) {
    const batch = rows.slice(start, start + lookupBatch);
    const codes = [...new Set(batch.map((row) => canonicalCreditCode(row.values.creditCode ?? '')).filter(Boolean))];
    const names = [...new Set(batch.map((row) => row.values.enterpriseName?.trim() ?? '').filter(Boolean))];
    const columns = { id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode };
    const live = isNull(enterprises.mergedIntoId);
    const coded = codes.length ? await db.select(columns).from(enterprises).where(and(inArray(enterprises.creditCode, codes), live)) : [];
    const named = names.length ? await db.select(columns).from(enterprises).where(and(inArray(enterprises.name, names), live)) : [];
    const byCode = new Map(coded.map((e) => [e.creditCode!, e]));
    const byName = new Map(named.map((e) => [e.name, e]));

    const enterpriseKeys = batch.map((row) => {
      const { found, conflict } = matchEnterprise(row, byCode, byName);
      if (conflict) fail(row, 'creditCode', 'project.ledger.nameHasOtherCode', { name: conflict.name, code: conflict.creditCode });
      if (found) {
        if (row.input) row.input.enterpriseId = found.id;
        return found.id;
      }
      const code = canonicalCreditCode(row.values.creditCode ?? '');
      const name = row.values.enterpriseName?.trim() ?? '';
      if (!conflict && (code || name)) {
        if (!context.mayAddEnterprises) fail(row, 'enterpriseName', 'project.ledger.mayNotAddEnterprise');
        // A new enterprise needs its name: a credit code the register does not know says nothing else.
        else if (!name) fail(row, 'enterpriseName', 'project.ledger.required');
      }
      return code ? `code:${code}` : `name:${normalizeKey(name)}`;
    });

    const enterpriseIds = [...new Set(enterpriseKeys.filter((key) => !key.includes(':')))];
    const existing = enterpriseIds.length
      ? await db.select({ enterpriseId: projects.enterpriseId, name: projects.name }).from(projects).where(inArray(projects.enterpriseId, enterpriseIds))
      : [];
    const existingKeys = new Set(existing.map((p) => `${p.enterpriseId}|${normalizeKey(p.name)}`));
    batch.forEach((row, i) => {
      const name = normalizeKey(row.values.name ?? '');
      if (!name) return;
      const key = `${enterpriseKeys[i]}|${name}`;
      if (existingKeys.has(key)) fail(row, 'name', 'project.ledger.projectExists');
      const earlier = firstRow.get(key);
      if (earlier === undefined) firstRow.set(key, row.rowNumber);
      else fail(row, 'name', 'project.ledger.sameAsRow', { row: earlier });
    });

    await checkManagersInTeams(db, batch, context, (row, team) => fail(row, 'manager', 'project.ledger.managerNotInTeam', { team }));
  }
}

/** A row's manager must belong to its team on the day of the upload, as a project's manager must. */
async function checkManagersInTeams(db: Db, rows: LedgerRow[], context: LedgerContext, outside: (row: LedgerRow, team: string) => void) {
  const staffed = rows.filter((row) => row.input?.teamId && row.input.managerId);
  if (!staffed.length) return;
  const memberships = await membershipsOn(db, context.today, {
    teamIds: [...new Set(staffed.map((row) => row.input!.teamId!))],
    userIds: [...new Set(staffed.map((row) => row.input!.managerId!))],
  });
  const members = new Set(memberships.map((m) => `${m.teamId}|${m.userId}`));
  for (const row of staffed) {
    if (!members.has(`${row.input!.teamId}|${row.input!.managerId}`)) outside(row, row.values.team ?? '');
  }
}
