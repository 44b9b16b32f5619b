import { z } from 'zod';
import { IMPORT_MODES } from './import-service.ts';
import { WORKSHEET_LANGUAGES } from './words.ts';
import { WORKSHEET_MAX_BYTES } from './xlsx-file.ts';

const megabytes = WORKSHEET_MAX_BYTES / 1024 / 1024;

export const WorksheetQuery = z.object({
  lang: z
    .enum(WORKSHEET_LANGUAGES)
    .default('id')
    .describe('Language of the workbook: id (Indonesian, the default) or en (English)'),
});

export const XlsxFile = z
  .string()
  .meta({ format: 'binary' })
  .describe('The workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)');

export const WorksheetImportQuery = z.object({
  mode: z
    .enum(IMPORT_MODES)
    .default('all')
    .describe(
      'all: write every row or, if any row has a problem, none; valid: write the valid rows, skip the others',
    ),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check and report, write nothing'),
});

/** The multipart body of an import, for the OpenAPI document (the handler reads the stream itself). */
export const WorksheetUpload = z
  .object({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe(
        `The plan's worksheet as downloaded from worksheet.xlsx and filled in, at most ${megabytes} MB`,
      ),
  })
  .meta({ id: 'WorksheetUpload' });

export const WorksheetProblem = z
  .object({
    sheet: z.string().describe('The sheet’s name'),
    row: z.number().int().describe('The spreadsheet row number (1 is the header)'),
    column: z.string().describe('The spreadsheet column letters, e.g. H'),
    message: z.string().describe('What is wrong and how to fix it, in the workbook’s language'),
  })
  .meta({ id: 'WorksheetProblem' });

export const WorksheetImportReport = z
  .object({
    applied: z
      .boolean()
      .describe(
        'Whether the rows were written: false on a dry run, or in mode all when any row has a problem',
      ),
    created: z.number().int().describe('Valid rows that add a record'),
    updated: z.number().int().describe('Valid rows that change a record'),
    unchanged: z.number().int().describe('Rows equal to the stored record'),
    problems: z.array(WorksheetProblem).describe('Every bad cell, by sheet, row and column'),
  })
  .meta({ id: 'WorksheetImportReport' });
