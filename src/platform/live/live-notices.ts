import type { Permission } from '../auth/permissions.ts';

/** The channel on which committed writes announce which records changed, and who may hear of it. */
export const liveChangeChannel = 'qiao_live';

/**
 * Who may hear of a change: some users, the members of some teams on the day it is heard, and/or everyone whose
 * roles grant a permission. Anyone else hears nothing of it, not even that it happened.
 */
export interface LiveAudience {
  userIds?: readonly string[];
  teamIds?: readonly string[];
  permission?: Permission;
}

export interface LiveChange {
  /** What changed, named `<module>.<records>`: `service-desk.requests`. */
  topic: string;
  /** The records that changed; their pages refetch them, lists refetch whatever the ids. */
  ids: readonly string[];
  audience: LiveAudience;
}

/** What travels on the channel. `ids` null: too many to name, the topic as a whole has changed. */
export interface LiveNotice {
  topic: string;
  ids: string[] | null;
  users: string[];
  teams: string[];
  permission: Permission | null;
}

const topicPattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** NOTIFY refuses a payload of 8000 bytes or more; the rest is left for the keys and the topic. */
const payloadBudgetBytes = 7_000;
/**
 * Users and teams named by one notice when the audience alone would not fit: 39 bytes each as JSON, so 150 of
 * them with a topic of at most 100 characters and a permission stay within the budget.
 */
const audiencePerNotice = 150;

const fits = (notice: LiveNotice) => Buffer.byteLength(JSON.stringify(notice)) <= payloadBudgetBytes;

/**
 * The payloads that announce one change: one in the common case; without the ids when they are too many to
 * carry (the listeners refetch the topic); and, for an audience too large for one payload, one per slice of it.
 * A mistake of the calling code (a malformed topic, an id of a user or team that is not one) throws.
 */
export function liveNotices(change: LiveChange): string[] {
  const { topic, ids, audience } = change;
  if (!topicPattern.test(topic) || topic.length > 100) throw new Error(`not a live topic: ${topic}`);
  const users = [...new Set(audience.userIds ?? [])];
  const teams = [...new Set(audience.teamIds ?? [])];
  for (const id of [...users, ...teams]) if (!uuidPattern.test(id)) throw new Error(`not a user or team id in a live audience: ${id}`);
  const permission = audience.permission ?? null;
  if (users.length === 0 && teams.length === 0 && permission === null) return [];

  const whole: LiveNotice = { topic, ids: [...new Set(ids)], users, teams, permission };
  if (fits(whole)) return [JSON.stringify(whole)];
  const unnamed: LiveNotice = { ...whole, ids: null };
  if (fits(unnamed)) return [JSON.stringify(unnamed)];

  const recipients = [...users.map((id) => ({ kind: 'users' as const, id })), ...teams.map((id) => ({ kind: 'teams' as const, id }))];
  const notices: string[] = [];
  for (let start = 0; start < recipients.length; start += audiencePerNotice) {
    const slice = recipients.slice(start, start + audiencePerNotice);
    const pick = (kind: 'users' | 'teams') => slice.filter((recipient) => recipient.kind === kind).map((recipient) => recipient.id);
    notices.push(JSON.stringify({ topic, ids: null, users: pick('users'), teams: pick('teams'), permission: start === 0 ? permission : null } satisfies LiveNotice));
  }
  return notices;
}

/** A payload heard on the channel, or null for anything that is not one (a hand-typed NOTIFY). */
export function parseLiveNotice(payload: string): LiveNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const notice = value as Partial<Record<keyof LiveNotice, unknown>>;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (typeof notice.topic !== 'string' || !topicPattern.test(notice.topic)) return null;
  if (notice.ids !== null && !strings(notice.ids)) return null;
  if (!strings(notice.users) || !strings(notice.teams)) return null;
  if (notice.permission !== null && typeof notice.permission !== 'string') return null;
  return notice as LiveNotice;
}
