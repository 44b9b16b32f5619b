import { z } from 'zod';
import { CatalogFields, minMaxRule } from './schema.ts';

export const CATALOG_FORMAT = 'rancang-indicator-catalog';
export const CATALOG_FORMAT_VERSION = 1;

/** The columns of a catalogue file, CSV header and JSON keys alike, in this order. */
export const CATALOG_COLUMNS = [
  'code',
  'source',
  'reference',
  'theme',
  'nameId',
  'nameEn',
  'definitionId',
  'definitionEn',
  'unit',
  'kind',
  'numeratorLabel',
  'denominatorLabel',
  'numeratorLabelEn',
  'denominatorLabelEn',
  'multiplier',
  'minValue',
  'maxValue',
  'direction',
] as const;

const optional = <T extends z.ZodType>(s: T) => s.nullable().optional();

/** One entry of an imported catalogue: the fields of a catalogue entry, keyed by its code. */
export const CatalogImportEntry = z
  .strictObject({
    ...CatalogFields,
    reference: optional(CatalogFields.reference),
    definitionId: optional(CatalogFields.definitionId),
    definitionEn: optional(CatalogFields.definitionEn),
    kind: optional(CatalogFields.kind),
    numeratorLabel: optional(CatalogFields.numeratorLabel),
    denominatorLabel: optional(CatalogFields.denominatorLabel),
    numeratorLabelEn: optional(CatalogFields.numeratorLabelEn),
    denominatorLabelEn: optional(CatalogFields.denominatorLabelEn),
    multiplier: optional(CatalogFields.multiplier),
    minValue: optional(CatalogFields.minValue),
    maxValue: optional(CatalogFields.maxValue),
    direction: CatalogFields.direction.default('increase'),
  })
  .superRefine(minMaxRule)
  .meta({ id: 'IndicatorCatalogImportEntry' });

export const MAX_IMPORT_ENTRIES = 5000;

export const CatalogImport = z
  .strictObject({
    regionId: z
      .uuid()
      .nullable()
      .default(null)
      .describe(
        "Import as this regency's local indicators; null for the national catalogue (platform admin)",
      ),
    csv: z
      .string()
      .max(5_000_000)
      .optional()
      .describe('A CSV file: a header row naming the columns (code, source, … direction), one entry a row'),
    entries: z
      .array(CatalogImportEntry)
      .max(MAX_IMPORT_ENTRIES)
      .optional()
      .describe('Or the entries as JSON'),
    dryRun: z.boolean().default(false).describe('Check and report what would change, writing nothing'),
  })
  .meta({ id: 'IndicatorCatalogImport' });

export const CatalogImportResult = z
  .object({
    dryRun: z.boolean(),
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    entries: z.array(z.object({ code: z.string(), action: z.enum(['create', 'update', 'unchanged']) })),
  })
  .meta({ id: 'IndicatorCatalogImportResult' });

export const CatalogExportQuery = z.object({
  format: z.enum(['csv', 'json']).default('csv'),
  source: CatalogFields.source.optional(),
  theme: CatalogFields.theme.optional(),
  region: z
    .string()
    .min(1)
    .optional()
    .describe('Region id or BPS code: adds that regency’s local indicators to the national ones'),
  only: z
    .enum(['all', 'local'])
    .default('all')
    .describe('local: only the regency’s own indicators (with region)'),
});

const ExportEntry = z.object(
  Object.fromEntries(CATALOG_COLUMNS.map((c) => [c, z.string().nullable()])) as Record<
    (typeof CATALOG_COLUMNS)[number],
    z.ZodNullable<z.ZodString>
  >,
);

export const CatalogDocument = z
  .object({
    format: z.literal(CATALOG_FORMAT),
    version: z.literal(CATALOG_FORMAT_VERSION),
    entries: z.array(ExportEntry),
  })
  .meta({
    id: 'IndicatorCatalogDocument',
    description: 'The catalogue as JSON (format=json); format=csv sends the same columns as text/csv',
  });
