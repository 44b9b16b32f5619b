import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_VERSION } from '../../app.ts';

const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), serverVersion: z.string() }),
});

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: ['System'],
        operationId: 'getHealth',
        summary: 'Whether the server and its database answer, and which database it is',
        response: { 200: Health },
      },
    },
    async () => {
      const result = await app.db.execute(sql`show server_version`);
      const rows = (result as unknown as { rows: { server_version: string }[] }).rows;
      return {
        status: 'ok' as const,
        version: API_VERSION,
        database: { kind: app.dbKind, serverVersion: rows[0]?.server_version ?? 'unknown' },
      };
    },
  );
}
