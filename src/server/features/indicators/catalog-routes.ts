import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { locate } from '../../access/locate.ts';
import { body, NATIONAL_PLACE, type PlaceOf } from '../../access/plugin.ts';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import {
  createCatalogEntry,
  deleteCatalogEntry,
  getCatalogEntry,
  listCatalog,
  updateCatalogEntry,
} from './catalog-service.ts';
import { CatalogEntry, CatalogEntryCreate, CatalogEntryUpdate, CatalogQuery } from './schema.ts';

const tags = ['Indicators'];

/** A regency's own indicator belongs to its region; a national one (no region) to the platform admin. */
const catalogEntryRegion: PlaceOf = (request, db) => {
  const regionId = body(request).regionId;
  return regionId === undefined || regionId === null
    ? Promise.resolve(NATIONAL_PLACE)
    : locate(db, 'region', regionId);
};
const path = '/indicators/catalog';

export async function catalogRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    path,
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags,
        operationId: 'listIndicatorCatalog',
        summary: 'List the indicator catalogue',
        description: 'National entries (ISO 37120, ISO 37122, U4SSC…), plus a regency’s own with `region`.',
        querystring: PageQuery.extend(CatalogQuery.shape),
        response: { 200: page(CatalogEntry), ...problems() },
      },
    },
    async (request) => listCatalog(app.db, request.query),
  );

  api.post(
    path,
    {
      config: { access: { permission: 'administer', at: catalogEntryRegion } },
      schema: {
        tags,
        operationId: 'createIndicatorCatalogEntry',
        summary: 'Add a national or local indicator to the catalogue',
        body: CatalogEntryCreate,
        response: { 201: CatalogEntry, ...problems(409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCatalogEntry(app.db, request.actor, request.body)),
  );

  api.get(
    `${path}/:id`,
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags,
        operationId: 'getIndicatorCatalogEntry',
        summary: 'Get a catalogue indicator',
        params: IdParams,
        response: { 200: CatalogEntry, ...problems(404) },
      },
    },
    async (request) => getCatalogEntry(app.db, request.params.id),
  );

  api.patch(
    `${path}/:id`,
    {
      config: { access: { permission: 'administer', at: 'catalogEntry' } },
      schema: {
        tags,
        operationId: 'updateIndicatorCatalogEntry',
        summary: 'Change a catalogue indicator',
        params: IdParams,
        body: CatalogEntryUpdate,
        response: { 200: CatalogEntry, ...problems(404, 409) },
      },
    },
    async (request) => updateCatalogEntry(app.db, request.actor, request.params.id, request.body),
  );

  api.delete(
    `${path}/:id`,
    {
      config: { access: { permission: 'administer', at: 'catalogEntry' } },
      schema: {
        tags,
        operationId: 'deleteIndicatorCatalogEntry',
        summary: 'Delete a catalogue indicator no plan selects',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      await deleteCatalogEntry(app.db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
