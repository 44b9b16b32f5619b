import { sql } from 'drizzle-orm';
import { integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { REGION_KINDS } from '../../../shared/domain.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';

/** A kabupaten or kota: the unit that drafts, adopts and implements a master plan. */
export const regions = pgTable(
  'regions',
  {
    id: id(),
    /** BPS (Statistics Indonesia) region code, e.g. 12.02 for Tapanuli Utara. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: REGION_KINDS }).notNull(),
    province: text('province').notNull(),
    capital: text('capital'),
    population: integer('population'),
    populationYear: integer('population_year'),
    areaKm2: numeric('area_km2', { precision: 12, scale: 2 }),
    desaCount: integer('desa_count'),
    kelurahanCount: integer('kelurahan_count'),
    ...tracked(),
  },
  (t) => [
    unique('regions_code_unique').on(t.code),
    oneOf('regions', 'kind', t.kind, REGION_KINDS),
    checkOf('regions', 'population', sql`${t.population} >= 0`),
    checkOf('regions', 'area_km2', sql`${t.areaKm2} > 0`),
  ],
);

/** A sub-district of a region; its office takes part in the workshops like any OPD. */
export const kecamatan = pgTable(
  'kecamatan',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    population: integer('population'),
    areaKm2: numeric('area_km2', { precision: 12, scale: 2 }),
    ...tracked(),
  },
  (t) => [
    unique('kecamatan_region_code_unique').on(t.regionId, t.code),
    unique('kecamatan_region_name_unique').on(t.regionId, t.name),
    checkOf('kecamatan', 'population', sql`${t.population} >= 0`),
    checkOf('kecamatan', 'area_km2', sql`${t.areaKm2} > 0`),
  ],
);
