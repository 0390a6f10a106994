import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../auth/plugin.ts';
import { sessionChangeChannel } from '../auth/session-cache.ts';
import { AppError } from '../http/errors.ts';
import { liveChangeChannel } from '../live/live-notices.ts';
import { liveChangeSubscriber } from '../live/live-subscriber.ts';
import { idParams, pageQuery, problemResponses } from '../http/schemas.ts';
import { countUnread } from './count-unread.ts';
import { getNotificationPreferences } from './get-notification-preferences.ts';
import { listNotifications } from './list-notifications.ts';
import { markAllRead } from './mark-all-read.ts';
import { markNotificationRead } from './mark-notification-read.ts';
import { notificationChangeChannel, NotificationStreams } from './notification-streams.ts';
import { eventStreamResponse, notificationPage, preferencesBody, preferencesSchema, unreadCountSchema } from './schemas.ts';
import { sessionExpiries } from './session-expiries.ts';
import { updateNotificationPreferences } from './update-notification-preferences.ts';
import './messages.ts';

function sendEventStream(reply: FastifyReply, stream: Readable) {
  return (
    reply
      .type('text/event-stream; charset=utf-8')
      // No proxy may hold events back to compress or buffer them.
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .send(stream)
  );
}

/** Every signed-in user's inbox: their own notifications only, the unread count live, their e-mail choice. */
export async function notificationRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.ctx;
  const tags = ['notifications'];
  const access = 'authenticated';

  const streams = new NotificationStreams({
    countUnread: (userId) => countUnread(db, userId),
    sessionExpiries: (sessionIds) => sessionExpiries(db, sessionIds),
    onError: (error) => app.log.warn({ err: { message: (error as Error).message } }, 'notification streams: database read failed'),
  });
  // One subscription per instance, fanned out to the streams open here.
  const unsubscribe = [
    await app.changeFeed.subscribe(notificationChangeChannel, { onChange: (userId) => streams.changed(userId), onGap: () => streams.changedAll() }),
    await app.changeFeed.subscribe(sessionChangeChannel, { onChange: (payload) => streams.sessionChanged(payload), onGap: () => streams.recheckSessions() }),
    await app.changeFeed.subscribe(
      liveChangeChannel,
      liveChangeSubscriber({
        db,
        permissionTable: app.permissionTable,
        streams,
        onError: (error) => app.log.warn({ err: { message: (error as Error).message } }, 'live changes: audience read failed; streams resynced'),
      }),
    ),
  ];
  // Before the server waits for requests in flight to end, which open streams never would.
  app.addHook('preClose', async () => {
    for (const stop of unsubscribe) stop();
    streams.close();
  });

  app.get('/api/notifications', {
    config: { access },
    schema: { tags, summary: "The caller's notifications, newest first, in the request's language", querystring: pageQuery, response: { 200: notificationPage, ...problemResponses } },
    handler: async (request) => listNotifications(db, currentUser(request).id, request.locale, request.query),
  });

  app.get('/api/notifications/unread-count', {
    // Polled by open pages when the live stream cannot be had: not a sign that the user is there.
    config: { access, touchesSession: false },
    schema: { tags, summary: "How many of the caller's notifications are unread", response: { 200: unreadCountSchema, ...problemResponses } },
    handler: async (request) => ({ count: await countUnread(db, currentUser(request).id) }),
  });

  app.get('/api/notifications/stream', {
    config: { access },
    schema: { tags, summary: "The caller's unread count as it changes (`unread`), and changes of records meant for them (`change`: topic and ids; `resync`: refetch everything live)", response: { 200: eventStreamResponse, ...problemResponses, 429: problemResponses[400] } },
    handler: async (request, reply) => {
      const session = request.session!;
      const stream = streams.open(currentUser(request).id, session.id, app.sessionCache.get(session.id)?.expiresAt);
      // The page falls back to asking for the count now and then.
      if (!stream) throw new AppError(429, 'problem.tooManyRequests');
      return sendEventStream(reply, stream);
    },
  });

  app.post('/api/notifications/:id/read', {
    config: { access },
    schema: { tags, summary: 'Mark one of the caller\'s notifications read', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await markNotificationRead(db, currentUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/notifications/read-all', {
    config: { access },
    schema: { tags, summary: "Mark every one of the caller's notifications read", response: { 200: z.object({ marked: z.number().int() }), ...problemResponses } },
    handler: async (request) => ({ marked: await markAllRead(db, currentUser(request).id) }),
  });

  app.get('/api/notifications/preferences', {
    config: { access },
    schema: { tags, summary: 'Where and how often the caller\'s notifications are e-mailed', response: { 200: preferencesSchema, ...problemResponses } },
    handler: async (request) => ({ ...(await getNotificationPreferences(db, currentUser(request).id)), mailConfigured: config.mail !== null }),
  });

  app.put('/api/notifications/preferences', {
    config: { access },
    schema: { tags, summary: 'Set where and how often the caller\'s notifications are e-mailed', body: preferencesBody, response: { 200: preferencesSchema, ...problemResponses } },
    handler: async (request) => ({
      ...(await updateNotificationPreferences(db, actorOf(request), currentUser(request).id, request.body)),
      mailConfigured: config.mail !== null,
    }),
  });
}
