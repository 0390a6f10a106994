import type ExcelJS from 'exceljs';
import type { Actor } from '../audit/record-audit.ts';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db, DbOrTx, Tx } from '../db/connection.ts';
import { hasMessage } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locale.ts';

/** A row's cells by the kind's column keys, as text. */
export type RowValues<Column extends string = string> = Partial<Record<Column, string>>;

/** A row as an import keeps it, from upload to commit. */
export interface ImportRow<Input = unknown, Column extends string = string> {
  /** As the spreadsheet numbers it (the header is row 1). */
  rowNumber: number;
  values: RowValues<Column>;
  /** What the kind's writer creates the record from; null when the row has errors. */
  input: Input | null;
  /** Worded for the uploader, each naming its column: "成立日期：日期格式应为 …". */
  errors: string[];
}

/** What one commit's batch writer is told about the run. */
export interface ImportRun {
  importId: string;
  actor: Actor;
}

/**
 * What a module declares to import its records from spreadsheets through the platform's pipeline
 * (src/platform/imports): the columns, how a row becomes an input or errors, and how valid rows are written.
 * The pipeline does the rest: the upload's checks and streaming read, header matching in any language, the
 * preview, the commit as one transaction in a job with progress, cancel, requeue after a restart, the error report.
 */
export interface ImportKind<Column extends string = string, Input = unknown, Context = unknown> {
  /** Stored with each import (an id of another kind answers 404) and naming its job: `${name}-import`. */
  name: string;
  /**
   * Prefix of the kind's own messages: `${messages}.corrupt` is used over the platform's `import.corrupt` when
   * defined, so that a kind can word a problem for its records (and keep the codes its clients know).
   */
  messages: string;
  columns: readonly Column[];
  /** A column's header in a language; the upload reads a header row in any of the three. */
  header(locale: Locale, column: Column): string;
  /** Other headers people give a column (注册资本 for 注册资本(万元)). */
  headerAliases?: readonly (readonly [string, Column])[];
  /** The column a header row must have to be read as this kind's. */
  requiredColumn: Column;
  /** Looked up once an upload, for parseRow (reference data, users, teams…, what the uploader may do). */
  loadContext(db: Db, uploader: RequestUser): Promise<Context>;
  /** One row: its input, or its errors worded in the uploader's language. */
  parseRow(values: RowValues<Column>, context: Context, locale: Locale): { input: Input | null; errors: string[] };
  /** Checks across rows and against the database once every row is parsed (duplicates); rejectRow marks a row. */
  checkRows?(db: Db, rows: ImportRow<Input, Column>[], locale: Locale, context: Context): Promise<void>;
  /** Opened in the commit's transaction; writes the valid rows batch by batch, in the order of the file. */
  openWriter(tx: Tx, run: ImportRun): Promise<(rows: { input: Input; rowNumber: number }[]) => Promise<void>>;
  /**
   * The message for a failure that is the data's fault rather than the system's (a unique key someone took
   * meanwhile): the import fails with it and the job is not retried. Other failures read `failed` and are retried.
   */
  conflictMessage?(error: unknown): string | undefined;
  /** The workbook users fill in, in the reader's language. */
  template(db: DbOrTx, locale: Locale): Promise<ExcelJS.Workbook>;
  /** The template's file name: a message (in the reader's language) and its ASCII fallback. */
  templateFileName: { message: string; ascii: string };
}

export function defineImportKind<Column extends string, Input, Context>(kind: ImportKind<Column, Input, Context>): ImportKind<Column, Input, Context> {
  return kind;
}

/** Any kind, as the pipeline handles it. */
export type AnyImportKind = ImportKind<string, any, any>;

export const importJobName = (kind: Pick<AnyImportKind, 'name'>) => `${kind.name}-import`;

/** The kind's own wording of a problem of the platform's (`import.corrupt`), when it has one. */
export function kindMessage(kind: Pick<AnyImportKind, 'messages'>, platformCode: string): string {
  const own = `${kind.messages}.${platformCode.replace(/^import\./, '')}`;
  return hasMessage(own) ? own : platformCode;
}

/** Marks a row as not to be imported, with one more reason. */
export function rejectRow(row: ImportRow, message: string): void {
  row.errors.push(message);
  row.input = null;
}

/** "成立日期：日期格式应为 …", "Founding date: Dates are written …": a column's header, then what is wrong with its cell. */
export const columnMessage = (locale: Locale, header: string, problem: string): string => `${header}${locale === 'en' ? ': ' : '：'}${problem}`;
