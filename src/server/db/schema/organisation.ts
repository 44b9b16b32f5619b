import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { OPD_TYPES, POSITION_ROLES } from '../../../shared/domain.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';
import { kecamatan, regions } from './region.ts';

/** A regional government unit (Perangkat Daerah): secretariat, office (dinas), agency (badan), kecamatan… */
export const opdUnits = pgTable(
  'opd_units',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    /** Short code unique in the region, e.g. DISKOMINFO. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: OPD_TYPES }).notNull(),
    /** For a kecamatan office: the kecamatan it governs. */
    kecamatanId: uuid('kecamatan_id').references(() => kecamatan.id, { onDelete: 'restrict' }),
    active: boolean('active').notNull().default(true),
    ...tracked(),
  },
  (t) => [
    unique('opd_units_region_code_unique').on(t.regionId, t.code),
    unique('opd_units_id_region_unique').on(t.id, t.regionId),
    oneOf('opd_units', 'type', t.type, OPD_TYPES),
  ],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    ...tracked(),
  },
  (t) => [index('people_region_idx').on(t.regionId)],
);

/** Who held which position in which OPD, and when: the history the continuity report reads. */
export const positions = pgTable(
  'positions',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opdUnits.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    role: text('role', { enum: POSITION_ROLES }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    ...tracked(),
  },
  (t) => [
    index('positions_person_idx').on(t.personId),
    index('positions_opd_idx').on(t.opdId),
    oneOf('positions', 'role', t.role, POSITION_ROLES),
    checkOf(
      'positions',
      'end_date',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);
