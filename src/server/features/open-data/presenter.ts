import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../../../shared/spreadsheet-cells.ts';
import { slug } from '../documents/format.ts';
import type { Cell, Column, DataRow, Dataset, OpenDataLanguage, PlanFrame } from './dataset.ts';
import type { DatasetContent } from './service.ts';

export type OpenDataFormat = 'csv' | 'json';

/** `programmes-tapanuli-utara-2022-2031.csv`: what, where, when. */
export const fileNameOf = (dataset: Dataset, plan: PlanFrame, format: OpenDataFormat) =>
  `${dataset.name}-${slug(plan.regionName.replace(/^(kabupaten|kota)\s+/i, ''))}-${plan.periodStart}-${plan.periodEnd}.${format}`;

const describeColumn = (c: Column, lang: OpenDataLanguage) => ({
  name: c.name,
  type: c.type,
  description: c.description[lang],
});

/** A cell as CSV text; whatever a spreadsheet would run as a formula is neutralised. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  return neutraliseCell(typeof value === 'string' ? value : String(value));
}

/**
 * A dataset as CSV: a header row of the column names, one record a row, UTF-8 with a byte-order mark
 * (so Excel reads ³ and en dashes right), CRLF line ends as RFC 4180 has them.
 */
export function datasetToCsv({ plan, dataset, rows }: DatasetContent) {
  const columns = dataset.columns(plan).map((c) => c.name);
  return stringify(
    rows.map((row) => columns.map((name) => csvCell(row[name] ?? null))),
    { header: true, columns, record_delimiter: '\r\n', bom: true },
  );
}

/**
 * A dataset as JSON: what it is, its columns with their descriptions, and its rows keyed by column
 * name. JSON is no spreadsheet, so text goes as written; decimals stay exact decimal text.
 */
export function datasetToJson({ plan, dataset, rows }: DatasetContent, lang: OpenDataLanguage) {
  const columns = dataset.columns(plan);
  return {
    dataset: dataset.name,
    title: dataset.title[lang],
    description: dataset.description[lang],
    plan: { id: plan.id, title: plan.title, region: plan.regionName },
    columns: columns.map((c) => describeColumn(c, lang)),
    rows: rows.map(
      (row): DataRow => Object.fromEntries(columns.map(({ name }) => [name, row[name] ?? null])),
    ),
  };
}

/** The index: each dataset with its description, its size, its columns and where to download it. */
export function presentIndex(planId: string, contents: DatasetContent[], lang: OpenDataLanguage) {
  const base = `/api/plans/${planId}/open-data`;
  return {
    planId,
    lang,
    datasets: contents.map(({ plan, dataset, rows }) => ({
      name: dataset.name,
      title: dataset.title[lang],
      description: dataset.description[lang],
      rowCount: rows.length,
      files: {
        csv: { url: `${base}/${dataset.name}.csv?lang=${lang}`, fileName: fileNameOf(dataset, plan, 'csv') },
        json: {
          url: `${base}/${dataset.name}.json?lang=${lang}`,
          fileName: fileNameOf(dataset, plan, 'json'),
        },
      },
      columns: dataset.columns(plan).map((c) => describeColumn(c, lang)),
    })),
  };
}
