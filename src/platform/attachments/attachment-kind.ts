import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';

/**
 * Which records of a kind a user reaches, asked for many ids at once so that a page of records costs one query:
 * each function answers the subset of `recordIds` the user may read, or may attach files to. A record the user may
 * not read is treated as missing (404), so `canAttach` need only answer for records `canRead` allows.
 */
export interface AttachmentPolicy {
  canRead(db: Db, user: RequestUser, recordIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Attaching and deleting attachments. */
  canAttach(db: Db, user: RequestUser, recordIds: readonly string[]): Promise<ReadonlySet<string>>;
}

/** A kind of record that takes attachments, declared by the module that owns the records. */
export interface AttachmentKind {
  /** The record kind, unique across modules, e.g. 'listing'. */
  kind: string;
  /** The media types accepted, as detected from the content (see detect-media-type.ts). */
  mediaTypes: readonly string[];
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /**
   * Accept content that runs when opened (programs, web pages, SVG or XML carrying script) when its type is
   * listed. Off unless the kind really means it: listing `image/svg+xml` alone takes only script-free drawings.
   */
  allowActiveContent?: boolean;
  policy: AttachmentPolicy;
}

const kindName = /^[a-z][a-z0-9-]{0,39}$/;

/** Every module's attachment kinds by name; a kind declared twice, or badly, stops the start. */
export function attachmentKindsOf(kinds: readonly AttachmentKind[]): ReadonlyMap<string, AttachmentKind> {
  const byName = new Map<string, AttachmentKind>();
  for (const kind of kinds) {
    if (!kindName.test(kind.kind)) throw new Error(`attachment kind "${kind.kind}" must be lower-case letters, digits and dashes`);
    if (byName.has(kind.kind)) throw new Error(`attachment kind ${kind.kind} is declared twice`);
    if (!(Number.isSafeInteger(kind.maxBytes) && kind.maxBytes > 0)) throw new Error(`attachment kind ${kind.kind} needs a positive maxBytes`);
    if (kind.mediaTypes.length === 0) throw new Error(`attachment kind ${kind.kind} accepts no media type`);
    byName.set(kind.kind, kind);
  }
  return byName;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For a kind's policy: of the record ids a caller names, those `find` finds (the ones the user may read or attach to),
 * spelled as the caller spelled them. Ids arrive as text from any caller: one that is no uuid names no record and
 * never reaches `find` (nor a uuid column); `find` is not called at all when none is left.
 */
export async function recordIdsFound(recordIds: readonly string[], find: (ids: string[]) => Promise<Iterable<string>>): Promise<ReadonlySet<string>> {
  const ids = recordIds.filter((id) => uuidPattern.test(id)).map((id) => id.toLowerCase());
  if (ids.length === 0) return new Set();
  const found = new Set([...(await find(ids))].map((id) => id.toLowerCase()));
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
}
