import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, pageOf, problemResponses } from '../http/schemas.ts';
import { actorOf, currentUser } from './plugin.ts';
import { logIn } from './log-in.ts';
import { permissionsOf } from './permissions.ts';
import {
  changePasswordBody,
  createUserBody,
  listUsersQuery,
  loginBody,
  resetPasswordResponse,
  sessionResponse,
  updateProfileBody,
  updateUserBody,
  userSchema,
} from './schemas.ts';
import { deleteSession, findSession, sessionCookieName } from './sessions.ts';
import { changePassword, createUser, getUser, listUsers, resetUserPassword, updateUser, type EnterpriseExists } from './users.ts';

export interface AuthRoutesOptions {
  enterpriseExists: EnterpriseExists;
}

export async function authRoutes(instance: FastifyInstance, options: AuthRoutesOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.ctx;
  const tags = ['auth'];

  /**
   * Waits for a committed change to a user, then drops their cached sessions here at once; the database's notice
   * does the same in every instance a moment later.
   */
  async function changingUser<T>(userId: string, change: Promise<T>): Promise<T> {
    const result = await change;
    app.sessionCache.forgetUser(userId);
    return result;
  }

  app.post('/api/auth/login', {
    config: { access: 'public' },
    schema: { tags, summary: 'Sign in', body: loginBody, response: { 200: sessionResponse, ...problemResponses, 429: problemResponses[400] } },
    handler: async (request, reply) => {
      const { token } = await logIn(db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        ttlHours: config.sessionTtlHours,
      });
      const session = await findSession(db, token, config.sessionTtlHours, app.sessionCache);
      if (!session) throw new Error('session vanished after sign-in');
      reply.setCookie(sessionCookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies || request.protocol === 'https',
        maxAge: config.sessionTtlHours * 3600,
      });
      return { user: session.user, csrfToken: session.csrfToken, permissions: permissionsOf(app.permissionTable, session.user.roles) };
    },
  });

  app.post('/api/auth/logout', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      if (request.session) {
        await deleteSession(db, request.session.token);
        app.sessionCache.forgetSession(request.session.id);
      }
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'The signed-in user and the CSRF token for writes', response: { 200: sessionResponse, ...problemResponses } },
    handler: async (request) => {
      const { permissions, ...user } = currentUser(request);
      return { user, csrfToken: request.session!.csrfToken, permissions };
    },
  });

  app.patch('/api/auth/me', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'Update own profile', body: updateProfileBody, response: { 200: userSchema, ...problemResponses } },
    handler: async (request) =>
      changingUser(currentUser(request).id, updateUser(db, actorOf(request), currentUser(request).id, request.body, options.enterpriseExists)),
  });

  app.post('/api/auth/password', {
    config: { access: 'authenticated', beforePasswordChange: true },
    schema: { tags, summary: 'Change own password', body: changePasswordBody, response: { 204: z.null(), ...problemResponses, 429: problemResponses[400] } },
    handler: async (request, reply) => {
      const userId = currentUser(request).id;
      await changingUser(userId, changePassword(db, actorOf(request), { userId, currentSessionId: request.session!.id, ip: request.ip, ...request.body }));
      return reply.status(204).send(null);
    },
  });

  const userTags = ['users'];
  const admin = { permission: 'user.admin' } as const;

  app.get('/api/users', {
    config: admin,
    schema: { tags: userTags, summary: 'List users', querystring: listUsersQuery, response: { 200: pageOf(userSchema), ...problemResponses } },
    handler: async (request) => listUsers(db, request.query),
  });

  app.post('/api/users', {
    config: admin,
    schema: { tags: userTags, summary: 'Create a user', body: createUserBody, response: { 201: userSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const user = await createUser(db, actorOf(request), request.body, options.enterpriseExists);
      return reply.status(201).send(user);
    },
  });

  app.get('/api/users/:id', {
    config: admin,
    schema: { tags: userTags, summary: 'One user', params: idParams, response: { 200: userSchema, ...problemResponses } },
    handler: async (request) => getUser(db, request.params.id),
  });

  app.patch('/api/users/:id', {
    config: admin,
    schema: { tags: userTags, summary: 'Change roles, enterprise, name or status', params: idParams, body: updateUserBody, response: { 200: userSchema, ...problemResponses } },
    handler: async (request) =>
      changingUser(request.params.id, updateUser(db, actorOf(request), request.params.id, request.body, options.enterpriseExists)),
  });

  app.post('/api/users/:id/reset-password', {
    config: admin,
    schema: { tags: userTags, summary: 'Set a temporary password, shown once', params: idParams, response: { 200: resetPasswordResponse, ...problemResponses } },
    handler: async (request) => changingUser(request.params.id, resetUserPassword(db, actorOf(request), request.params.id)),
  });
}
