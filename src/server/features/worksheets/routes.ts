import multipart from '@fastify/multipart';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { locate } from '../../access/locate.ts';
import type { PlaceOf } from '../../access/plugin.ts';
import { invalidField } from '../../errors.ts';
import { IdParams, Problem, problems } from '../../http/schemas.ts';
import { buildWorksheet } from './export-service.ts';
import { importWorksheet } from './import-service.ts';
import {
  WorksheetImportQuery,
  WorksheetImportReport,
  WorksheetQuery,
  WorksheetUpload,
  XlsxFile,
} from './schema.ts';
import { WORKSHEET_MAX_BYTES, worksheetTooLarge } from './xlsx-file.ts';

const tags = ['Worksheets'];
const megabytes = WORKSHEET_MAX_BYTES / 1024 / 1024;

/**
 * The plan, with the OPDs the caller participates for in its region: an OPD participant passes the route's
 * `contribute` check and the import then lets them write only the rows their OPD leads (as the
 * programme routes do); the regency admin writes every row.
 */
const planOfImporter: PlaceOf = async (request, db) => {
  const place = await locate(db, 'plan', (request.params as { id?: unknown }).id);
  if (!place) return null;
  const own = (request.account?.roles ?? [])
    .filter((r) => r.role === 'opd_participant' && r.regionId === place.regionId && r.opdId)
    .map((r) => r.opdId as string);
  return { ...place, opdIds: own };
};

/** The one file of a multipart request, read into memory up to the size limit (then refused, 413). */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw invalidField('file', 'send the workbook as multipart/form-data, in a field named file');
  let content: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file') throw invalidField('file', 'is required (a form field named file)');
      content = await part.toBuffer();
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw worksheetTooLarge();
    if (code === 'FST_FILES_LIMIT') throw invalidField('file', 'send one file at a time');
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw invalidField('file', 'send only the file');
    throw error;
  }
  if (!content) throw invalidField('file', 'is required (a form field named file)');
  return content;
}

/** Worksheets for offline group work: the plan's workbook (XLSX) and its import back. */
export async function worksheetsRoutes(app: FastifyInstance) {
  await app.register(multipart, {
    limits: {
      fileSize: WORKSHEET_MAX_BYTES,
      files: 1,
      fields: 5,
      parts: 6,
      fieldSize: 1000,
      headerPairs: 100,
    },
  });
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plans/:id/worksheet.xlsx',
    {
      // Whoever may read the plan may download its worksheet, as its documents: anyone once it is adopted.
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'getPlanWorksheet',
        summary: 'The plan’s worksheet for offline group work (XLSX)',
        description:
          'Instructions; one sheet per pillar with the action programmes (element, lead and supporting OPDs, years, horizon, quick win, mission, kecamatan, texts, budget per year and funding source, target per year); the readiness matrix; the indicators with baseline and yearly targets. Drop-down lists for the OPDs, elements, years and other choices; every row carries its record’s id and version in hidden columns, so that an import updates it. Text that a spreadsheet would run as a formula is written as text.',
        params: IdParams,
        querystring: WorksheetQuery,
        response: { 200: XlsxFile, ...problems(404) },
      },
    },
    async (request, reply) => {
      const file = await buildWorksheet(app.db, request.params.id, request.query.lang);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content as unknown as string);
    },
  );

  api.post(
    '/plans/:id/worksheet',
    {
      config: { access: { permission: 'contribute', at: planOfImporter } },
      // The body is a multipart stream the handler reads; its schema is there for the documentation.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags,
        operationId: 'importPlanWorksheet',
        summary:
          'Import a filled-in worksheet: every cell checked, the valid rows written in one transaction',
        description: `multipart/form-data with one field \`file\`: the plan's worksheet (XLSX, at most ${megabytes} MB). A file that is not an XLSX workbook (415), too big (413), a zip bomb, or not this plan's worksheet (a sheet or column header missing, renamed or added) is refused with problem+json naming \`file\` (and the sheet). Otherwise the answer is a report (200): each bad cell with its sheet, row, column and why (formulas, dates, values out of range, unknown OPDs or elements, ids of other plans, rows changed in Rancang since the download, rows the caller may not change). mode=all writes every row or none; mode=valid writes the valid rows; dryRun=true writes nothing. A row equal to the stored record is left alone, so importing the same file twice changes nothing the second time. The regency admin may import every row; an OPD participant the programmes their OPD leads and the indicators it produces data for.`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: WorksheetImportQuery,
        body: WorksheetUpload,
        response: { 200: WorksheetImportReport, ...problems(404, 413), 415: Problem },
      },
    },
    async (request) => {
      const file = await readUpload(request);
      return importWorksheet(app.db, request.params.id, file, {
        actor: request.actor,
        roles: request.account?.roles ?? [],
        mode: request.query.mode,
        dryRun: request.query.dryRun,
      });
    },
  );
}
