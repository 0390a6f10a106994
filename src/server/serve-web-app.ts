import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/http/errors.ts';

export const webDist = path.resolve(import.meta.dirname, '../../dist/web');

/**
 * The built single-page app: its hashed assets, and its index page for every client-side route. Registered after
 * the API, whose 404s stay problem+json.
 */
export async function serveWebApp(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // Looked up per request (wildcard), so a rebuild while the server runs is served at once; the file names
    // carry content hashes, so browsers may keep them for good. The build writes brotli and gzip copies beside
    // each asset (vite.config.ts), sent as they are to browsers that accept them.
    await app.register(fastifyStatic, {
      root: path.join(webDist, 'assets'),
      prefix: '/assets/',
      index: false,
      immutable: true,
      maxAge: '365d',
      preCompressed: true,
    });
  }
  // Client-side routes of the single-page app all answer with its index page, revalidated on every visit so that
  // a new build reaches users at once.
  app.get('/*', { config: { access: 'public' }, schema: { hide: true, params: z.object({ '*': z.string() }) } }, async (request, reply) => {
    if (request.params['*'].startsWith('api/')) throw new AppError(404, 'problem.routeNotFound');
    const index = path.join(webDist, 'index.html');
    if (!fs.existsSync(index)) {
      return reply.type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build`.');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(index));
  });
}
