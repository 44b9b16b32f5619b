import { ilike, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { kecamatan, regions } from '../../db/schema/region.ts';
import { registerResource } from '../../http/resource.ts';
import { Kecamatan, KecamatanCreate, KecamatanUpdate, Region, RegionCreate, RegionUpdate } from './schema.ts';

export async function regionRoutes(app: FastifyInstance) {
  registerResource(app, {
    entity: 'region',
    plural: 'Regions',
    tag: 'Regions',
    table: regions,
    // Regions are public; the platform admin sets them up, a regency admin keeps their own up to date.
    access: { kind: 'region', read: 'read', write: 'administer', create: 'national', remove: 'national' },
    rootPath: '/regions',
    itemPath: '/regions',
    record: Region,
    create: RegionCreate,
    update: RegionUpdate,
    filters: z.object({
      province: z.string().optional().describe('Exact province name'),
      q: z.string().min(1).optional().describe('Part of the name or code'),
    }),
    where: (q) => [
      q.province ? ilike(regions.province, String(q.province)) : undefined,
      q.q ? or(ilike(regions.name, `%${q.q}%`), ilike(regions.code, `%${q.q}%`)) : undefined,
    ],
    orderBy: [regions.code],
    scope: async (_tx, row) => ({ regionId: row.id as string }),
  });

  registerResource(app, {
    entity: 'kecamatan',
    plural: 'Kecamatan',
    tag: 'Regions',
    table: kecamatan,
    access: { kind: 'kecamatan', read: 'read', write: 'administer' },
    parent: {
      entity: 'region',
      table: regions,
      path: '/regions/:id/kecamatan',
      inherit: (r) => ({ regionId: r.id }),
    },
    itemPath: '/kecamatan',
    record: Kecamatan,
    create: KecamatanCreate,
    update: KecamatanUpdate,
    orderBy: [kecamatan.code],
  });
}
