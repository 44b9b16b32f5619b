import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { locate } from '../../access/locate.ts';
import { body, NATIONAL_PLACE, type PlaceOf } from '../../access/plugin.ts';
import { problems } from '../../http/schemas.ts';
import { exportCatalog } from './catalog-export-service.ts';
import { importCatalog } from './catalog-import-service.ts';
import {
  CatalogDocument,
  CatalogExportQuery,
  CatalogImport,
  CatalogImportResult,
} from './catalog-transfer-schema.ts';

const tags = ['Indicators'];

/** Entries imported for a regency belong to it; a national import is the platform admin's. */
const importRegion: PlaceOf = (request, db) => {
  const regionId = body(request).regionId;
  return regionId === undefined || regionId === null
    ? Promise.resolve(NATIONAL_PLACE)
    : locate(db, 'region', regionId);
};

export async function catalogTransferRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/indicators/catalog/export',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags,
        operationId: 'exportIndicatorCatalog',
        summary: 'Download the indicator catalogue as CSV or JSON',
        description:
          'As an attachment. CSV: UTF-8 with a byte-order mark, a header row of the column names, one entry a row; a cell that a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe, which the import removes again.',
        querystring: CatalogExportQuery,
        response: { 200: CatalogDocument, ...problems(404) },
      },
    },
    async (request, reply) => {
      const file = await exportCatalog(app.db, request.query);
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      if (file.kind === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .send(file.csv as unknown as z.output<typeof CatalogDocument>);
      return reply.type('application/json; charset=utf-8').send(file.document);
    },
  );

  api.post(
    '/indicators/catalog/import',
    {
      config: { access: { permission: 'administer', at: importRegion } },
      schema: {
        tags,
        operationId: 'importIndicatorCatalog',
        summary: 'Import catalogue entries from CSV or JSON, all or nothing',
        description:
          "New codes are added; a code the same catalogue (national, or the regency's) has is updated; a code another catalogue owns is refused. A bad entry refuses the whole import, each field named `lines.<line>.<column>` (CSV, the header is line 1) or `entries.<index>.<field>` (JSON). With dryRun nothing is written.",
        body: CatalogImport,
        response: { 200: CatalogImportResult, ...problems() },
      },
    },
    async (request) => importCatalog(app.db, request.actor, request.body),
  );
}
