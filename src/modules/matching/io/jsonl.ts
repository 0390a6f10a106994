import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** Input that cannot be used; the message names the file and, where there is one, the line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The first problem zod found, in words an operator can act on. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  if (!where) return issue.code === 'invalid_type' ? 'each line must be a JSON object' : issue.message;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `missing field "${where}"`;
  return `field "${where}": ${issue.message.replace(/^Invalid input: /, '')}`;
}

/**
 * Reads a JSON Lines file, one record per non-blank line, each checked against the schema. Any problem (file
 * missing, empty, a line that is not JSON, a field missing or of the wrong type) throws an InputError with
 * the file name and line number.
 */
export async function readJsonLines<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
): Promise<Array<{ line: number; record: z.output<Schema> }>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`${path}: cannot read the file (${reason})`);
  }
  const records: Array<{ line: number; record: z.output<Schema> }> = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, text] of lines.entries()) {
    if (!text.trim()) continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${path}:${line}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new InputError(`${path}:${line}: ${issue ? describeIssue(issue) : 'invalid record'}`);
    }
    records.push({ line, record: parsed.data });
  }
  if (records.length === 0) throw new InputError(`${path}: the file is empty (expected one JSON object per line)`);
  return records;
}
