import { and, eq, isNull } from 'drizzle-orm';
import type { RequestUser } from '../../../platform/auth/plugin.ts';
import { users } from '../../../platform/auth/schema.ts';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { teams } from '../../../platform/teams/schema.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { referenceData, type ReferenceData } from '../../reference/reference-data.ts';

/** What a ledger's rows are read against, looked up once an upload. */
export interface LedgerContext {
  reference: ReferenceData;
  /** Industry codes by the normalised name of the industry (several when levels share a name). */
  industriesByName: Map<string, string[]>;
  /** Live teams by normalised name. */
  teams: Map<string, { id: string; name: string }>;
  /** Active users by normalised username and by normalised display name. */
  usersByName: Map<string, string[]>;
  /** Whether the uploader may add enterprises to the register (enterprise.edit). */
  mayAddEnterprises: boolean;
  /** The China calendar day of the upload: no date may be later. */
  today: string;
}

function addTo(map: Map<string, string[]>, key: string, value: string) {
  if (!key) return;
  const values = map.get(key) ?? [];
  if (!values.includes(value)) values.push(value);
  map.set(key, values);
}

export async function loadLedgerContext(db: Db, uploader: RequestUser): Promise<LedgerContext> {
  const reference = await referenceData(db);
  const industriesByName = new Map<string, string[]>();
  for (const [code, keys] of reference.industryKeys) {
    addTo(industriesByName, keys.name, code);
    addTo(industriesByName, keys.nameEn, code);
  }
  const teamRows = await db.select({ id: teams.id, name: teams.name, nameKey: teams.nameKey }).from(teams).where(isNull(teams.archivedAt));
  const userRows = await db
    .select({ id: users.id, usernameKey: users.usernameKey, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.disabled, false), isNull(users.enterpriseId)));
  const usersByName = new Map<string, string[]>();
  for (const user of userRows) {
    addTo(usersByName, user.usernameKey, user.id);
    addTo(usersByName, normalizeKey(user.displayName), user.id);
  }
  return {
    reference,
    industriesByName,
    teams: new Map(teamRows.map((team) => [team.nameKey, { id: team.id, name: team.name }])),
    usersByName,
    mayAddEnterprises: uploader.permissions.includes('enterprise.edit'),
    today: chinaToday(),
  };
}
