import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * What the web app and the API explorer need, and nothing more: scripts only from this origin (the Vite build and
 * the swagger UI load no inline script); inline styles, because Ant Design writes its CSS-in-JS into <style>
 * elements and ECharts and the swagger UI set style attributes; data and blob images (icons, chart exports).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  // Served over plain HTTP on a LAN, upgrading every request to HTTPS would break the app; HSTS covers HTTPS.
  upgradeInsecureRequests: null,
};

/** HTTPS as the browser sees it: SECURE_COOKIES says so, or a trusted proxy reports it. */
function servedOverHttps(request: FastifyRequest, secureCookies: boolean): boolean {
  return secureCookies || request.protocol === 'https';
}

/** Security headers on every response, pages, API answers, errors and the API explorer alike. */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Sent only over HTTPS below: over plain HTTP it is meaningless, and on a LAN install it would be wrong.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (servedOverHttps(request, app.ctx.config.secureCookies)) {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
  });
});
