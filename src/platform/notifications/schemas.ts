import { z } from 'zod';
import { pageOf, text } from '../http/schemas.ts';
import { emailDeliveries } from './schema.ts';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('What happened, namespaced by module, e.g. listing.matched'),
  text: z.string().describe("The notice in the request's language"),
  link: z.string().nullable().describe('The app path it leads to'),
  record: z.object({ kind: z.string(), id: z.string() }).nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const notificationPage = pageOf(notificationSchema);

export const unreadCountSchema = z.object({ count: z.number().int() });

export const preferencesSchema = z.object({
  email: z.string().nullable(),
  emailDelivery: z.enum(emailDeliveries),
  mailConfigured: z.boolean().describe('Whether this server sends e-mail at all (SMTP_URL)'),
});

export const preferencesBody = z.object({
  email: text(254)
    .transform((value) => value || null)
    .nullable()
    .refine((value) => value === null || z.email().safeParse(value).success, { message: 'field.invalid' })
    .describe('Where notification e-mails go; blank for none'),
  emailDelivery: z.enum(emailDeliveries).describe('off, immediate (one e-mail per notice) or digest (one a day, 08:00 Beijing time)'),
});

export const eventStreamResponse = {
  description:
    'Server-sent events: `unread` with `{"count": n}` on connecting and after every change, a comment every 25 s. ' +
    'Ends when the session does (then reconnecting answers 401) or the server stops.',
  content: { 'text/event-stream': { schema: z.string() } },
};
