import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { PASSWORD, seedUser, sessionCookie, XHR } from '../features/auth/test-fixtures.ts';
import { useTestApp } from '../testing/app.ts';
import { cspDirectives } from '../testing/csp.ts';
import { createTestDatabase } from '../testing/database.ts';
import { loggerOptions } from './logger.ts';

describe('hardening', () => {
  const t = useTestApp();

  it('sends a strict content security policy and no-sniff on answers, refusals and unknown paths', async () => {
    for (const url of ['/api/health', '/api/no-such-route', '/api/users']) {
      const res = await t.anonymous({ method: 'GET', url });
      const csp = cspDirectives(res.headers['content-security-policy']);
      expect(csp['default-src'], url).toBe("'self'");
      // Scripts only from files of this server: no inline script, no eval, no other host.
      expect(csp['script-src'], url).toBe("'self'");
      expect(csp['script-src-attr'], url).toBe("'none'");
      // Inline styles are allowed for the web app's component library (security-headers.ts says why),
      // but styles still load from no other host, and nothing else may load from elsewhere.
      expect(csp['style-src'], url).toBe("'self' 'unsafe-inline'");
      expect(csp['connect-src'], url).toBe("'self'");
      expect(csp['img-src'], url).toBe("'self' data:");
      expect(csp['frame-ancestors'], url).toBe("'none'");
      expect(csp['object-src'], url).toBe("'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      // No framing by other sites, no sharing of this window or its answers with other origins.
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(res.headers['x-permitted-cross-domain-policies'], url).toBe('none');
    }
    const refused = await t.anonymous({ method: 'GET', url: '/api/users' });
    expect(refused.status).toBe(401);
  });

  it('leaves HSTS out over plain http (the demo on a laptop)', async () => {
    const res = await t.anonymous({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the API docs under that policy: their scripts are files, not inline', async () => {
    const page = await t.anonymous({ method: 'GET', url: '/api/docs/' });
    expect(page.status).toBe(200);
    expect(String(page.body)).not.toMatch(/<script>(?!\s*<\/script>)/);
    const initializer = await t.anonymous({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(initializer.status).toBe(200);
  });

  it('refuses a body over the limit with 413 problem+json before reading it all', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ database, bodyLimitBytes: 1024 });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
        payload: JSON.stringify({ email: 'a@b.id', password: 'x'.repeat(4096) }),
      });
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toBe('The request body exceeds 1024 bytes');
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('the request log', () => {
  it('records each request without the password, the session cookie or an Authorization header', async () => {
    const database = await createTestDatabase();
    const lines: string[] = [];
    const stream = { write: (line: string) => lines.push(line) };
    const options = { ...(loggerOptions('debug') as object), transport: undefined, stream };
    const app = await buildApp({ database, logger: options });
    try {
      await seedUser(database.db, 'admin@taput.go.id', [{ role: 'platform_admin' }]);
      const signedIn = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: XHR,
        payload: { email: 'admin@taput.go.id', password: PASSWORD },
      });
      expect(signedIn.statusCode).toBe(200);
      const cookie = sessionCookie(signedIn.headers) as string;
      const token = cookie.split('=')[1] as string;
      const me = await app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie, authorization: 'Bearer secret-api-token' },
      });
      expect(me.statusCode).toBe(200);

      const log = lines.join('');
      expect(log).toContain('/api/session');
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(log).not.toContain(PASSWORD);
      expect(log).not.toContain(token);
      expect(log).not.toContain(decodeURIComponent(token));
      expect(log).not.toContain('secret-api-token');
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('hardening behind https', () => {
  const opened: { close: () => Promise<unknown> }[] = [];
  afterAll(async () => {
    for (const o of opened.reverse()) await o.close();
  });

  it('sends HSTS when the public address is https', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const app = await buildApp({ database, auth: { publicUrl: 'https://rancang.example.go.id' } });
    opened.push(app);
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
