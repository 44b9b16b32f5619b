import { Packer } from 'docx';
import type { Db } from '../../db/client.ts';
import { buildContext } from './context.ts';
import { slug } from './format.ts';
import type { DocumentFormat } from './formats.ts';
import { convertWithLibreOffice, findSoffice, pdfUnavailable } from './libreoffice.ts';
import { masterPlanDocument } from './master-plan.ts';
import { planCharts } from './plan-charts.ts';
import { loadPlanData } from './plan-data.ts';
import { summaryDocument } from './summary.ts';
import { type DocumentLanguage, wordsFor } from './words.ts';

export const DOCUMENT_KINDS = ['master-plan', 'summary'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export { DOCUMENT_FORMATS, type DocumentFormat } from './formats.ts';

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface DocumentRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  lang: DocumentLanguage;
  /** Told after each step (CLI progress); labels are for the person at the terminal, in English. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface BuiltDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
  /** How many action programmes the document lists. */
  programs: number;
}

/**
 * Build a plan's master plan or executive summary from its data, as DOCX, or as PDF through LibreOffice.
 * 404 for an unknown plan; 503 for a PDF where LibreOffice is missing (checked before any work is done
 * beyond finding the plan).
 */
export async function buildPlanDocument(
  db: Db,
  planId: string,
  request: DocumentRequest,
): Promise<BuiltDocument> {
  const { kind, format, lang } = request;
  const steps = ['reading the plan', 'drawing charts and writing chapters', 'packing the DOCX'];
  if (format === 'pdf') steps.push('converting to PDF with LibreOffice');
  let done = 0;
  const step = () => request.onProgress?.(++done, steps.length, steps[done] ?? 'done');
  request.onProgress?.(0, steps.length, steps[0] as string);

  const data = await loadPlanData(db, planId);
  if (format === 'pdf' && !findSoffice()) throw pdfUnavailable();
  step();
  const ctx = buildContext(data, lang);
  const charts = planCharts(data, lang);
  // Awaited by the builder; should the building fail first, the charts' own failure is not left unhandled.
  charts.catch(() => {});
  const document = await (kind === 'summary'
    ? summaryDocument(ctx, charts)
    : masterPlanDocument(ctx, charts));
  step();
  const docx = await Packer.toBuffer(document);
  step();
  const content = format === 'pdf' ? await convertWithLibreOffice(docx, 'pdf') : docx;
  if (format === 'pdf') step();

  const w = wordsFor(lang);
  const base = kind === 'summary' ? w.fileNames.summary : w.fileNames.masterPlan;
  return {
    fileName: `${base}-${slug(ctx.regionShort)}-${data.plan.periodStart}-${data.plan.periodEnd}.${format}`,
    contentType: CONTENT_TYPES[format],
    content,
    programs: data.programs.length,
  };
}
