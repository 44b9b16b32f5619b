import { z } from 'zod';
import { DOCUMENT_LANGUAGES } from './words.ts';

export const DocumentQuery = z.object({
  lang: z
    .enum(DOCUMENT_LANGUAGES)
    .default('id')
    .describe('Language of the document: id (Indonesian, as adopted; the default) or en (English)'),
});

export const DocxFile = z
  .string()
  .meta({ format: 'binary' })
  .describe(
    'The document as a Word file (application/vnd.openxmlformats-officedocument.wordprocessingml.document)',
  );

export const PdfFile = z
  .string()
  .meta({ format: 'binary' })
  .describe('The document as a PDF (application/pdf)');
