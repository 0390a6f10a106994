import { sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { definePermissions } from '../auth/permissions.ts';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { defineModule } from '../../server/module.ts';
import { modules } from '../../server/modules.ts';
import type { AttachmentKind, AttachmentPolicy } from './attachment-kind.ts';
import { openAttachmentStore } from './storage.ts';

// A module whose notes take attachments: a note's owner reads and attaches, holders of test-note.read read every note,
// and nobody attaches to a locked note.
async function notesWhere(db: Db, recordIds: readonly string[], condition: ReturnType<typeof sql>): Promise<ReadonlySet<string>> {
  const ids = recordIds.filter((id) => /^[0-9a-f-]{36}$/.test(id));
  if (ids.length === 0) return new Set();
  const found = await db.execute<{ id: string }>(sql`SELECT id FROM test_notes WHERE id::text IN ${ids} AND ${condition}`);
  return new Set(found.rows.map((row) => row.id));
}

const notePolicy: AttachmentPolicy = {
  canRead: (db, user: RequestUser, ids) =>
    notesWhere(db, ids, user.permissions.includes('test-note.read') ? sql`true` : sql`owner_id = ${user.id}`),
  canAttach: (db, user, ids) => notesWhere(db, ids, sql`owner_id = ${user.id} AND NOT locked`),
};

export const kilobytes = 1024;
const noteKind: AttachmentKind = { kind: 'test-note', mediaTypes: ['application/pdf', 'image/png', 'text/plain'], maxBytes: 64 * kilobytes, policy: notePolicy };
const drawingKind: AttachmentKind = { kind: 'test-drawing', mediaTypes: ['image/svg+xml'], maxBytes: 1024 * kilobytes, policy: notePolicy };
const pageKind: AttachmentKind = { kind: 'test-page', mediaTypes: ['text/html'], maxBytes: 64 * kilobytes, allowActiveContent: true, policy: notePolicy };

const notesModule = defineModule({
  name: 'test-notes',
  permissions: definePermissions({ 'test-note.read': ['leader'] }),
  attachmentKinds: [noteKind, drawingKind, pageKind],
});


export const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

/** The app with the notes module, its attachment store, and requests as the tests make them. */
export async function createAttachmentsTestApp(config?: Partial<Config>) {
  const { app, ctx, signIn } = await createTestApp({ modules: [...modules, notesModule], config });
  await ctx.db.execute(sql`CREATE TABLE test_notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner_id uuid NOT NULL, locked boolean NOT NULL DEFAULT false)`);

  async function createNote(ownerId: string, locked = false): Promise<string> {
    const created = await ctx.db.execute<{ id: string }>(sql`INSERT INTO test_notes (owner_id, locked) VALUES (${ownerId}, ${locked}) RETURNING id`);
    return created.rows[0]!.id;
  }

  function upload(who: SignedIn | null, target: { kind?: string; recordId: string }, fileName: string, content: Buffer, locale = 'zh-CN') {
    const { payload, contentType } = multipartForm([
      { name: 'kind', value: target.kind ?? 'test-note' },
      { name: 'recordId', value: target.recordId },
      { name: 'file', fileName, content },
    ]);
    return app.inject({
      method: 'POST',
      url: '/api/attachments',
      headers: { ...who?.headers, 'content-type': contentType, 'accept-language': locale },
      payload,
    });
  }

  return {
    app,
    ctx,
    signIn,
    store: openAttachmentStore(ctx.config),
    createNote,
    upload,
    list: (who: SignedIn, recordId: string, kind = 'test-note') =>
      app.inject({ method: 'GET', url: `/api/attachments?kind=${kind}&recordId=${recordId}`, headers: who.headers }),
    download: (who: SignedIn, id: string, locale = 'zh-CN') =>
      app.inject({ method: 'GET', url: `/api/attachments/${id}/content`, headers: { ...who.headers, 'accept-language': locale } }),
    remove: (who: SignedIn, id: string) => app.inject({ method: 'DELETE', url: `/api/attachments/${id}`, headers: who.headers }),
  };
}
