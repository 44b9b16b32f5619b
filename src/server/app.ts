import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessPlugin } from './access/plugin.ts';
import type { Database, Db, DbKind } from './db/client.ts';
import { SESSION_COOKIE } from './features/auth/better-auth.ts';
import { accountsPlugin } from './features/auth/session-plugin.ts';
import { type AuthSettings, readAuthSettings } from './features/auth/settings.ts';
import { featureRoutes } from './features/routes.ts';
import { aggregateCachePlugin } from './http/aggregate-cache.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerWebApp } from './http/web-app.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
    database: Database;
    /** Every route the server registered, for the OpenAPI completeness check and route coverage. */
    routeIndex: RouteEntry[];
  }
  interface FastifyRequest {
    /** Who is making the request, as written to the audit log. */
    actor: string;
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  /** Hidden from the OpenAPI document (the docs UI's own assets). */
  hidden: boolean;
}

export interface AppDeps {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Largest accepted request body; whole-plan imports are the biggest legitimate bodies. */
  bodyLimitBytes?: number;
  /** Account settings over those of the environment (tests shorten the sign-in lock). */
  auth?: Partial<AuthSettings>;
  /** The built web app (`npm run build` writes dist/web), served at `/`; without it `/` leads to the API docs. */
  webRoot?: string;
}

export const API_VERSION = '0.1.0';

/** Build the Fastify application; tests and main both use it, so tests exercise exactly what runs. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimitBytes ?? 20 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  });
  try {
    await assemble(app, deps);
  } catch (error) {
    // What the plugins opened (the aggregate cache's database listener) closes with the app.
    await app.close();
    throw error;
  }
  return app;
}

async function assemble(app: FastifyInstance, deps: AppDeps) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', deps.database.db);
  app.decorate('dbKind', deps.database.kind);
  app.decorate('database', deps.database);
  app.decorateRequest('actor', 'anonymous');
  const routeIndex: RouteEntry[] = [];
  app.decorate('routeIndex', routeIndex);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeIndex.push({
        method,
        url: route.url,
        hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide),
      });
    }
  });
  registerErrorHandler(app);
  const authSettings = { ...readAuthSettings(), ...deps.auth };
  // First, so that every answer carries them, refusals of the hooks below included.
  registerSecurityHeaders(app, { https: authSettings.publicUrl.startsWith('https:') });
  // app.aggregates: computed answers kept until the next write (docs/decisions/013-aggregate-cache.md).
  await app.register(aggregateCachePlugin, { database: deps.database });
  // Sessions for every route: request.account and request.actor, and the CSRF check of cookie writes.
  await app.register(accountsPlugin, { db: deps.database.db, settings: authSettings });
  // Who may do what, checked for every route before its body is validated (shared/access-rules.ts).
  await app.register(accessPlugin);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rancang API',
        version: API_VERSION,
        description:
          "Draft, adopt and monitor a regency's Smart City Master Plan (Masterplan Smart City): regions, OPDs, workshops, readiness, action programmes, indicators.",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This server' }],
      // Published data needs no sign-in; everything else needs the session cookie (401/403 otherwise).
      security: [],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'The session cookie set by POST /api/session',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get(
    '/api/openapi.json',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: ['System'],
        operationId: 'getOpenApi',
        summary: 'This API described in OpenAPI 3.1',
        response: { 200: z.looseObject({ openapi: z.string() }) },
      },
    },
    async () => app.swagger(),
  );
  await app.register(featureRoutes, { prefix: '/api' });
  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  // Without the web app (most tests, an API-only server), the front door leads to the API documentation.
  else app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/api/docs'));
}
