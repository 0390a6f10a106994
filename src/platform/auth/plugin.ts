import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, forbidden, unauthenticated } from '../http/errors.ts';
import type { Actor } from '../audit/record-audit.ts';
import { permissionsOf, type Permission, type PermissionGrants } from './permissions.ts';
import { SessionCache } from './session-cache.ts';
import { findSession, sessionCookieName, type SessionUser } from './sessions.ts';
import './messages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route declares either a permission (any of a list) or that it is public or for anyone signed in. */
    access?: 'public' | 'authenticated';
    permission?: Permission | readonly Permission[];
    /**
     * Open to a user who signed in with a temporary password and has not chosen their own yet; every other
     * route refuses them until they do.
     */
    beforePasswordChange?: boolean;
    /**
     * False for requests a page makes on its own (a background count poll): they must not keep an idle session
     * alive, or a tab left open would never be signed out.
     */
    touchesSession?: boolean;
  }
  interface FastifyInstance {
    /** Which roles hold which permission: composed from every module's grants. */
    permissionTable: PermissionGrants;
    /** Sessions seen recently; routes that end sessions or change users tell it at once. */
    sessionCache: SessionCache;
  }
  interface FastifyRequest {
    user: RequestUser | null;
    session: { id: string; csrfToken: string; token: string } | null;
  }
}

/** The signed-in user with the permissions their roles grant. */
export interface RequestUser extends SessionUser {
  permissions: Permission[];
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user; only for routes whose access excludes the public. */
export function currentUser(request: FastifyRequest): RequestUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function actorOf(request: FastifyRequest): Actor {
  const user = currentUser(request);
  return { id: user.id, name: user.displayName || user.username };
}

/** Whether the signed-in user holds the permission (or any of the list). */
export function can(request: FastifyRequest, permission: Permission | readonly Permission[]): boolean {
  const user = request.user;
  if (!user) return false;
  return [permission].flat().some((p) => user.permissions.includes(p));
}

/**
 * Loads the session from its cookie, refuses routes the caller may not use, and requires the session's CSRF
 * token in `x-csrf-token` on every cookie-authenticated write.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: { permissions: PermissionGrants }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.decorate('permissionTable', options.permissions);
  const sessionCache = new SessionCache(app.changeFeed);
  await sessionCache.listen();
  app.decorate('sessionCache', sessionCache);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const { access, permission } = route.config ?? {};
    if (Boolean(access) === Boolean(permission)) {
      throw new Error(`route ${route.method} ${route.url} must declare either config.permission or config.access`);
    }
    for (const name of [permission ?? []].flat()) {
      if (!(name in options.permissions)) throw new Error(`route ${route.method} ${route.url} needs permission ${name}, which no module defines`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const { access, permission } = request.routeOptions.config ?? {};
    const token = request.cookies[sessionCookieName];
    if (token) {
      const found = await findSession(app.ctx.db, token, app.ctx.config.sessionTtlHours, sessionCache, {
        touch: request.routeOptions.config?.touchesSession !== false,
      });
      if (found) {
        request.user = { ...found.user, permissions: permissionsOf(options.permissions, found.user.roles) };
        request.session = { id: found.sessionId, csrfToken: found.csrfToken, token };
      }
    }
    if (access === 'public' || (!access && !permission)) return;
    if (!request.user) throw unauthenticated();
    if (request.user.mustChangePassword && !request.routeOptions.config?.beforePasswordChange) {
      throw new AppError(403, 'auth.passwordChangeRequired');
    }
    if (permission && !can(request, permission)) throw forbidden();
    if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.session?.csrfToken) {
      throw new AppError(403, 'auth.csrf');
    }
  });
});
