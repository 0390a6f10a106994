import Fastify, { type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { openChangeFeed } from '../platform/db/change-feed.ts';
import type { AppContext } from '../platform/http/context.ts';
import { problemPlugin } from '../platform/http/problem.ts';
import { securityHeadersPlugin } from '../platform/http/security-headers.ts';
import { validatorCompiler } from '../platform/http/validation.ts';
import { authPlugin } from '../platform/auth/plugin.ts';
import { appliedMigrationCount, committedMigrationCount } from '../platform/db/migrate.ts';
import { compressResponses } from './compress-responses.ts';
import { permissionTableOf, registerModuleRoutes } from './compose.ts';
import type { QiaoModule } from './module.ts';
import { modules as allModules } from './modules.ts';
import { openApiComponents } from './openapi-components.ts';
import { serveWebApp } from './serve-web-app.ts';

export interface BuildAppOptions {
  logger?: FastifyBaseLogger;
  /** The modules to serve: all of Qiao's unless a test composes its own list. */
  modules?: readonly QiaoModule[];
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}) {
  const modules = options.modules ?? allModules;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    // Start-up work in onReady grows with the data (the matching index of the whole market is built there), so
    // Fastify's default of 10 s for a plugin or hook is too short; a start that truly hangs still fails.
    pluginTimeout: 300_000,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  const changeFeed = openChangeFeed(ctx.pool, { onError: (error) => app.log.warn({ err: { message: error.message } }, 'change feed: connection lost; reconnecting') });
  app.decorate('changeFeed', changeFeed);
  app.addHook('onClose', () => changeFeed.close());
  // Every API route, so that tests can check the OpenAPI document leaves none out.
  const apiRoutes: ApiRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, hasBody: Boolean(route.schema?.body) });
    }
  });
  app.decorate('apiRoutes', apiRoutes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(compressResponses);
  await app.register(problemPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(cookie);
  await app.register(authPlugin, { permissions: permissionTableOf(modules) });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Qiao API', version: '1', description: 'Investment promotion and enterprise service platform' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qiao_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: openApiComponents,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      try {
        const applied = await appliedMigrationCount(ctx.pool);
        const ready = applied >= committedMigrationCount();
        return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'migrating', migrations: applied });
      } catch {
        return reply.status(503).send({ status: 'database unreachable' });
      }
    },
  );

  await registerModuleRoutes(app, modules);

  await app.register(serveWebApp);

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface ApiRoute {
  method: string;
  url: string;
  hasBody: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}
