import { z } from 'zod';
import { COLUMN_TYPES, DATASET_NAMES, OPEN_DATA_LANGUAGES } from './dataset.ts';

export const OpenDataQuery = z.object({
  lang: z
    .enum(OPEN_DATA_LANGUAGES)
    .default('id')
    .describe('Language of the titles and column descriptions: id (Indonesian, the default) or en (English)'),
});

export const DatasetParams = z.object({
  id: z.uuid(),
  dataset: z
    .string()
    .max(100)
    .describe(`The dataset: ${DATASET_NAMES.join(', ')}; another name is answered with 404`),
});

const DatasetName = z.enum(DATASET_NAMES);

export const OpenDataColumn = z
  .object({
    name: z
      .string()
      .describe('The column’s name in the CSV header and the JSON rows, the same in every language'),
    type: z
      .enum(COLUMN_TYPES)
      .describe(
        'string, integer, decimal (exact decimal text, e.g. rupiah 1500000.00), boolean, datetime (ISO 8601)',
      ),
    description: z.string().describe('What the column holds, in the language asked for'),
  })
  .meta({ id: 'OpenDataColumn' });

const DatasetFile = z.object({
  url: z.string().describe('Where to download it, with the same language'),
  fileName: z.string(),
});

export const OpenDataIndex = z
  .object({
    planId: z.uuid(),
    lang: z.enum(OPEN_DATA_LANGUAGES),
    datasets: z.array(
      z.object({
        name: DatasetName,
        title: z.string(),
        description: z.string(),
        rowCount: z.number().int(),
        files: z.object({ csv: DatasetFile, json: DatasetFile }),
        columns: z.array(OpenDataColumn),
      }),
    ),
  })
  .meta({ id: 'OpenDataIndex', description: 'The open-data datasets of a plan and their columns' });

const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const OpenDataDocument = z
  .object({
    dataset: DatasetName,
    title: z.string(),
    description: z.string(),
    plan: z.object({ id: z.uuid(), title: z.string(), region: z.string() }),
    columns: z.array(OpenDataColumn),
    rows: z.array(z.record(z.string(), CellValue)).describe('One object a row, keyed by column name'),
  })
  .meta({
    id: 'OpenDataDocument',
    description: 'One open-data dataset of a plan, with its columns described',
  });

export const CsvFile = z
  .string()
  .describe('The dataset as CSV (text/csv, UTF-8 with a byte-order mark, a header row of the column names)');
