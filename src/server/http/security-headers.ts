import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (helmet): a strict Content-Security-Policy (only this server's own
 * scripts, images and connections; no framing, no plugins), no MIME sniffing, no referrer leaking to
 * other sites. HSTS only when the server is reached over https, where it belongs.
 * The API docs (swagger-ui) work under this policy: their initializer is a file, not an inline script.
 * Scripts stay 'self' only, with no inline script anywhere (the web app's index.html loads files).
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
  await app.register(helmet, {
    global: true,
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
  });
}
