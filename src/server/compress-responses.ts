import zlib from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Text answers (JSON, problem+json, HTML, CSS, JavaScript) only: spreadsheets and images are compressed formats
 * already, so squeezing them again costs CPU for nothing. Unlike the library's default, octet-stream is left alone.
 */
const compressibleType = /^text\/(?!event-stream)|[+/](json|xml|javascript)(;|$)|^image\/svg\+xml/;

/**
 * Compresses API answers above 1 KB (smaller ones gain less than the headers cost). Brotli at quality 1: a page of
 * the register (9 KB of JSON) takes 0.02 ms and 1.6 KB, against 0.09 ms and 1.3 KB at the library's quality 4, and
 * it runs on the event loop for every answer. The web app's assets come precompressed at the highest quality and are
 * sent as they are. Registered before any route and not encapsulated, so that its hook covers them all.
 */
export const compressResponses = fp(async (app: FastifyInstance) => {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    // The library streams answers above a size that shrinks with the cores (8 KB on two) through libuv's threads;
    // a stream costs several turns of the event loop, and under load each turn waits behind every other request,
    // so a 9 KB page took 150 ms more than an 8 KB one. At quality 1 a whole 64 KB answer compresses in 0.15 ms.
    syncThreshold: 64 * 1024,
    encodings: ['br', 'gzip'],
    customTypes: compressibleType,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
  });
});
