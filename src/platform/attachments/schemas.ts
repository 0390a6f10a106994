import { z } from 'zod';

export const attachmentSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  recordId: z.string(),
  fileName: z.string(),
  mediaType: z.string().meta({ description: 'Detected from the content' }),
  size: z.number().int().meta({ description: 'Bytes' }),
  sha256: z.string().meta({ description: 'Hex SHA-256 of the content' }),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.date(),
});

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  canAttach: z.boolean().meta({ description: 'The caller may upload to this record and delete its attachments' }),
  maxBytes: z.number().int().meta({ description: 'The largest file the kind takes' }),
  mediaTypes: z.array(z.string()).meta({ description: 'The media types the kind takes' }),
});

/** The record an attachment belongs to: its kind, as a module declares it, and its id. */
export const recordTarget = z.object({
  kind: z.string().min(1).max(40),
  recordId: z.string().trim().min(1).max(200),
});

// Documents the multipart form; the fields are read from the stream in order, the file last.
export const uploadForm = z
  .object({
    kind: z.string().meta({ description: 'Before the file' }),
    recordId: z.string().meta({ description: 'Before the file' }),
    file: z.string().meta({ format: 'binary', description: "The file; its type is read from its content, within the kind's types and size" }),
  })
  .nullish();

export const contentResponse = {
  description: 'The content, always as a download (Content-Disposition: attachment), under its detected media type',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};
