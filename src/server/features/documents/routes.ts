import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Problem, problems } from '../../http/schemas.ts';
import type { BuiltDocument, DocumentFormat, DocumentKind } from './document-service.ts';
import { DocumentQuery, DocxFile, PdfFile } from './schema.ts';
import type { DocumentLanguage } from './words.ts';

const tags = ['Documents'];
/** Whoever may read the plan may download its documents: anyone once it is adopted. */
const access = { permission: 'read', at: 'plan' } as const;

function send(reply: FastifyReply, file: BuiltDocument) {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

export async function documentsRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const route =
    (kind: DocumentKind, format: DocumentFormat) =>
    async (request: { params: { id: string }; query: { lang: DocumentLanguage } }, reply: FastifyReply) =>
      send(
        reply,
        // Loaded on first use: docx and the server-side charts (echarts) hold memory a server without
        // document downloads does not need.
        await (await import('./document-service.ts')).buildPlanDocument(app.db, request.params.id, {
          kind,
          format,
          lang: request.query.lang,
        }),
      );

  api.get(
    '/plans/:id/document.docx',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getMasterPlanDocx',
        summary: 'The master plan as a Word document (DOCX), built from the plan’s data',
        description:
          'Cover, foreword, table of contents, the eleven chapters of the standard outline (introduction, regional profile, readiness with radar and SWOT, vision and missions, strategies, action programmes, quick wins, roadmap, indicators with the six-criteria assessment, implementation and governance, closing) and two appendices (the full programme sheet; workshop participants and attendance). A4, with page numbers; Word fills in the table of contents’ page numbers when it opens the file.',
        params: IdParams,
        querystring: DocumentQuery,
        response: { 200: DocxFile, ...problems(404) },
      },
    },
    route('master-plan', 'docx'),
  );

  api.get(
    '/plans/:id/document.pdf',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getMasterPlanPdf',
        summary: 'The master plan as a PDF, printed from its DOCX by LibreOffice',
        description:
          'The same document as document.docx, converted on the server by LibreOffice (a few seconds). 503 when the server has no LibreOffice.',
        params: IdParams,
        querystring: DocumentQuery,
        response: { 200: PdfFile, ...problems(404), 503: Problem },
      },
    },
    route('master-plan', 'pdf'),
  );

  api.get(
    '/plans/:id/summary.docx',
    {
      config: { access },
      schema: {
        tags,
        operationId: 'getExecutiveSummaryDocx',
        summary: 'The executive summary of the master plan as a Word document (DOCX)',
        description:
          'Key figures, vision and missions, a summary per pillar, the main quick wins, the budget by year and funding source, and the next steps.',
        params: IdParams,
        querystring: DocumentQuery,
        response: { 200: DocxFile, ...problems(404) },
      },
    },
    route('summary', 'docx'),
  );
}
