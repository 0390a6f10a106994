import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { MarketRecordKind } from './market-kinds.ts';
import { demandKind, listingKind } from './market-kinds.ts';

/** Documents and pictures that describe a technology or a problem: papers, patents, drawings, photos, slides. */
const documentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

/** A market record's files follow the record: readable by whoever sees it, changed while it is a draft. */
function marketAttachmentKind(kind: MarketRecordKind): AttachmentKind {
  return {
    kind: kind.kind,
    mediaTypes: documentTypes,
    maxBytes: 20 * 1024 * 1024,
    policy: {
      canRead: async (db, user, ids) => (await kind.policy.access(db, user, ids)).readable,
      canAttach: async (db, user, ids) => (await kind.policy.access(db, user, ids)).editable,
    },
  };
}

export const marketAttachmentKinds = [marketAttachmentKind(listingKind), marketAttachmentKind(demandKind)];
