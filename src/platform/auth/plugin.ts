import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, forbidden, unauthenticated } from '../http/errors.ts';
import type { Actor } from '../audit/record-audit.ts';
import { hasAnyRole, type Access } from './roles.ts';
import { findSession, sessionCookieName, type SessionUser } from './sessions.ts';
import './messages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: who may call it. */
    access?: Access;
    /**
     * Open to a user who signed in with a temporary password and has not chosen their own yet; every other
     * route refuses them until they do.
     */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    session: { id: string; csrfToken: string; token: string } | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user; only for routes whose access excludes the public. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function actorOf(request: FastifyRequest): Actor {
  const user = currentUser(request);
  return { id: user.id, name: user.displayName || user.username };
}

/**
 * Loads the session from its cookie, refuses routes the caller may not use, and requires the session's CSRF
 * token in `x-csrf-token` on every cookie-authenticated write.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.access && !route.url.startsWith('/api/docs')) {
      throw new Error(`route ${route.method} ${route.url} does not declare who may call it (config.access)`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    const token = request.cookies[sessionCookieName];
    if (token) {
      const found = await findSession(app.ctx.db, token, app.ctx.config.sessionTtlHours);
      if (found) {
        request.user = found.user;
        request.session = { id: found.sessionId, csrfToken: found.csrfToken, token };
      }
    }
    if (!access || access === 'public') return;
    if (!request.user) throw unauthenticated();
    if (request.user.mustChangePassword && !request.routeOptions.config?.beforePasswordChange) {
      throw new AppError(403, 'auth.passwordChangeRequired');
    }
    if (access !== 'authenticated' && !hasAnyRole(request.user.roles, access)) throw forbidden();
    if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.session?.csrfToken) {
      throw new AppError(403, 'auth.csrf');
    }
  });
});
