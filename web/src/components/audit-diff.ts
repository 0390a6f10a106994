export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping that changes with every save and tells the reader nothing.
const noiseFields = new Set(['id', 'createdAt', 'updatedAt']);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Canonical JSON (keys sorted), so that the same value stored in another key order is not a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields an audit event changed, in the order the record lists them; empty-to-empty is no change. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((field) => !noiseFields.has(field));
  return fields
    .filter((field) => !(isEmpty(old[field]) && isEmpty(next[field])) && canonical(old[field]) !== canonical(next[field]))
    .map((field) => ({ field, before: old[field], after: next[field] }));
}

/** A stored value as one line of text; `describe` words the cases that need the user's language. */
export function formatAuditValue(value: unknown, describe: { empty: string; yes: string; no: string; separator: string }): string {
  if (isEmpty(value)) return describe.empty;
  if (typeof value === 'boolean') return value ? describe.yes : describe.no;
  if (Array.isArray(value)) return value.map((item) => formatAuditValue(item, describe)).join(describe.separator);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string') return record.name;
    return Object.entries(record)
      .filter(([key, item]) => !noiseFields.has(key) && !isEmpty(item))
      .map(([key, item]) => `${key}: ${formatAuditValue(item, describe)}`)
      .join(', ');
  }
  return String(value);
}
