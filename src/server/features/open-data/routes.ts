import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, problems } from '../../http/schemas.ts';
import { datasetToCsv, datasetToJson, fileNameOf, presentIndex } from './presenter.ts';
import { CsvFile, DatasetParams, OpenDataDocument, OpenDataIndex, OpenDataQuery } from './schema.ts';
import { readAllDatasets, readDataset } from './service.ts';

const tags = ['Open data'];
/** The same readers as the plan's documents: anyone once the plan is adopted, else its regency's people. */
const access = { permission: 'read', at: 'plan' } as const;

const DATASET_LIST =
  'programmes (action programmes), indicators (selected indicators with baseline, yearly targets and the latest verified value) and budgets (one row per programme, year and funding source)';

export async function openDataRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plans/:id/open-data',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getOpenDataIndex',
        summary: 'The open-data datasets of a plan, with each column described',
        description: `The datasets ${DATASET_LIST}: their title, description, number of rows, download addresses, and each column's name, type and description in the language asked for.`,
        params: IdParams,
        querystring: OpenDataQuery,
        response: { 200: OpenDataIndex, ...problems(404) },
      },
    },
    async (request) =>
      presentIndex(request.params.id, await readAllDatasets(app.db, request.params.id), request.query.lang),
  );

  api.get(
    '/plans/:id/open-data/:dataset.csv',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getOpenDataCsv',
        summary: 'One open-data dataset of a plan as CSV',
        description: `The dataset ${DATASET_LIST}, as an attachment: UTF-8 with a byte-order mark, a header row of the column names, one record a row. A cell a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe. The column descriptions are in the index (the Link header names it).`,
        params: DatasetParams,
        querystring: OpenDataQuery,
        response: { 200: CsvFile, ...problems(404) },
      },
    },
    async (request, reply) => {
      const content = await readDataset(app.db, request.params.id, request.params.dataset);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(fileNameOf(content.dataset, content.plan, 'csv')))
        .header(
          'link',
          `</api/plans/${content.plan.id}/open-data?lang=${request.query.lang}>; rel="describedby"`,
        )
        .header('cache-control', 'private, no-store')
        .send(datasetToCsv(content));
    },
  );

  api.get(
    '/plans/:id/open-data/:dataset.json',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getOpenDataJson',
        summary: 'One open-data dataset of a plan as JSON, with its columns described',
        description: `The dataset ${DATASET_LIST}, as an attachment: its title, description and columns (name, type, description in the language asked for) and its rows keyed by column name. Decimals are exact decimal text.`,
        params: DatasetParams,
        querystring: OpenDataQuery,
        response: { 200: OpenDataDocument, ...problems(404) },
      },
    },
    async (request, reply) => {
      const content = await readDataset(app.db, request.params.id, request.params.dataset);
      return reply
        .header('content-disposition', contentDisposition(fileNameOf(content.dataset, content.plan, 'json')))
        .header('cache-control', 'private, no-store')
        .send(datasetToJson(content, request.query.lang));
    },
  );
}
