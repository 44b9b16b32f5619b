import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every answer (helmet): a strict Content-Security-Policy (only this server's own
 * scripts, images and connections; no framing, no plugins), no MIME sniffing, no referrer leaking to
 * other sites. HSTS only when the server is reached over https, where it belongs.
 * The API docs (swagger-ui) work under this policy: their initializer is a file, not an inline script.
 * Scripts stay 'self' only, with no inline script anywhere (the web app's index.html loads files).
 */
function helmetOptions(options: { https: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // The web app's component library (Mantine) writes its theme into a <style> element and positions
        // menus and popovers with style attributes, so inline styles must be allowed. A style runs no
        // code, and injected CSS cannot leak data out: images, fonts and connections stay this server's.
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    hsts: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  };
}

/**
 * The headers helmet writes with these options, written once by helmet itself into a response that only
 * records them. They depend on nothing of the request, so one set serves every answer: @fastify/helmet
 * built helmet's middleware (parsing the whole policy) again on every request, a third of the CPU time
 * of a cached read (issue 7). Helmet's one other act, removing X-Powered-By, has nothing to remove here.
 */
function securityHeaders(options: { https: boolean }): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: () => {},
  };
  helmet(helmetOptions(options))({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
  const headers = securityHeaders(options);
  // A synchronous hook: no promise per request. reply.headers: set before the route runs, so refusals,
  // errors and 404s carry them too, and a route may still override one.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
