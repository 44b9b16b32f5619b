import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Vite names each file under assets/ by a hash of its content: a changed file is a new URL, so caching it for a year is safe. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the few unhashed files) are checked on every visit, so a new release is picked up at once. */
const REVALIDATE = 'no-cache';

const API = /^\/api(\/|\?|$)/;
const acceptsHtml = (request: FastifyRequest) => /\btext\/html\b/.test(request.headers.accept ?? '');

/**
 * Serves the built web app (`vite build` output) at `/`: its files with long-lived caching for hashed
 * assets, and index.html for every other GET a browser navigates to (a deep link such as /regions/:id),
 * so that the app's router shows the page. `/api/…` stays the API's: an unknown API path, or a
 * non-browser request for a missing file, gets the usual 404 problem+json.
 * The routes are hidden: they are not part of the API, its OpenAPI document or its access rules.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string) {
  const root = resolve(webRoot);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No web app in ${root} (index.html is missing): run npm run build`);
  const assets = join(root, 'assets') + sep;

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // One route per file found now, not a catch-all: the catch-all below decides between index.html,
    // a file that appeared since, and a 404.
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each file (src/web/build/precompress.ts): sent as they are.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
    },
  });

  const sendApp = (reply: FastifyReply) => reply.sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendApp(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (API.test(request.url)) return reply.callNotFound();
    if (acceptsHtml(request)) return sendApp(reply);
    // A file written after start-up (`npm run build` while the server runs: new hashed names), or a
    // 404 problem when there is none; @fastify/send keeps the path inside the root.
    return reply.sendFile(request.url.split('?')[0] ?? '/');
  });
}
