import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { locate } from '../../access/locate.ts';
import type { PlaceOf } from '../../access/plugin.ts';
import { IdParams, Problem, problems } from '../../http/schemas.ts';
import { acceptSingleFile, multipartValidator, readSingleFile } from '../../http/upload.ts';
import {
  WorksheetImportQuery,
  WorksheetImportReport,
  WorksheetQuery,
  WorksheetUpload,
  XlsxFile,
} from './schema.ts';
import { WORKSHEET_MAX_BYTES } from './xlsx-file.ts';

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

/** Worksheets for offline group work: the plan's workbook (XLSX) and its import back. */
export async function worksheetsRoutes(app: FastifyInstance) {
  await acceptSingleFile(app, WORKSHEET_MAX_BYTES);
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
      // The worksheet services (and exceljs) are loaded on first use, not at start.
      const { buildWorksheet } = await import('./export-service.ts');
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
      validatorCompiler: multipartValidator,
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
      const { content: file } = await readSingleFile(request, WORKSHEET_MAX_BYTES);
      const { importWorksheet } = await import('./import-service.ts');
      return importWorksheet(app.db, request.params.id, file, {
        actor: request.actor,
        roles: request.account?.roles ?? [],
        mode: request.query.mode,
        dryRun: request.query.dryRun,
      });
    },
  );
}
