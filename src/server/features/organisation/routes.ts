import { eq, ilike, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { OpdType } from '../../../shared/domain.ts';
import { getOrThrow } from '../../db/records.ts';
import { opdUnits, people, positions } from '../../db/schema/organisation.ts';
import { regions } from '../../db/schema/region.ts';
import { registerResource } from '../../http/resource.ts';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import { holdsPositionIn, listOpdPositions } from './repository.ts';
import {
  Opd,
  OpdCreate,
  OpdFilters,
  OpdPosition,
  OpdPositionFilters,
  OpdUpdate,
  Person,
  PersonCreate,
  PersonFilters,
  PersonUpdate,
  Position,
  PositionCreate,
  PositionUpdate,
} from './schema.ts';
import { opdErrors, positionErrors, positionScope } from './service.ts';

const tag = 'Organisation';

export async function organisationRoutes(app: FastifyInstance) {
  registerResource(app, {
    entity: 'opd',
    plural: 'Opds',
    tag,
    table: opdUnits,
    // The OPDs of a regency are public: a published plan names them.
    access: { kind: 'opd', read: 'read', write: 'administer' },
    parent: {
      entity: 'region',
      table: regions,
      path: '/regions/:id/opds',
      inherit: (r) => ({ regionId: r.id }),
    },
    itemPath: '/opds',
    record: Opd,
    create: OpdCreate,
    update: OpdUpdate,
    filters: OpdFilters,
    where: (q) => [
      q.type ? eq(opdUnits.type, q.type as OpdType) : undefined,
      q.active === undefined ? undefined : eq(opdUnits.active, q.active as boolean),
      q.q ? or(ilike(opdUnits.name, `%${q.q}%`), ilike(opdUnits.code, `%${q.q}%`)) : undefined,
    ],
    orderBy: [opdUnits.code],
    check: (tx, candidate) => opdErrors(tx, candidate),
  });

  registerResource(app, {
    entity: 'person',
    plural: 'People',
    tag,
    table: people,
    access: { kind: 'person', read: 'readInternal', write: 'administer' },
    parent: {
      entity: 'region',
      table: regions,
      path: '/regions/:id/people',
      inherit: (r) => ({ regionId: r.id }),
    },
    itemPath: '/people',
    record: Person,
    create: PersonCreate,
    update: PersonUpdate,
    filters: PersonFilters,
    where: (q) => [
      q.q ? ilike(people.fullName, `%${q.q}%`) : undefined,
      q.opd ? holdsPositionIn(q.opd as string) : undefined,
    ],
    orderBy: [people.fullName, people.id],
  });

  registerResource(app, {
    entity: 'position',
    plural: 'Positions',
    tag,
    table: positions,
    access: { kind: 'position', read: 'readInternal', write: 'administer' },
    parent: {
      entity: 'person',
      table: people,
      path: '/people/:id/positions',
      inherit: (p) => ({ personId: p.id }),
    },
    itemPath: '/positions',
    record: Position,
    create: PositionCreate,
    update: PositionUpdate,
    orderBy: [positions.startDate, positions.createdAt, positions.id],
    check: (tx, candidate) => positionErrors(tx, candidate),
    scope: positionScope,
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/opds/:id/positions',
    {
      config: { access: { permission: 'readInternal', at: 'opd' } },
      schema: {
        tags: [tag],
        operationId: 'listOpdPositions',
        summary: 'Who holds or held positions in an OPD',
        params: IdParams,
        querystring: PageQuery.extend(OpdPositionFilters.shape),
        response: { 200: page(OpdPosition), ...problems(404) },
      },
    },
    async (request) => {
      await getOrThrow(app.db, opdUnits, 'opd', request.params.id);
      return listOpdPositions(app.db, request.params.id, request.query);
    },
  );
}
