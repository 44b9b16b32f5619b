import { z } from 'zod';
import { OPD_TYPES, POSITION_ROLES } from '../../../shared/domain.ts';
import { DateOnly, QueryBoolean, Timestamp } from '../../http/schemas.ts';

const OpdFields = {
  code: z.string().trim().min(1).max(40).describe('Short code unique in the region, e.g. DISKOMINFO'),
  name: z.string().trim().min(2).max(200),
  type: z.enum(OPD_TYPES),
  kecamatanId: z.uuid().nullable().describe('For a kecamatan office: the kecamatan (of the same region)'),
  active: z.boolean(),
};

export const OpdCreate = z.strictObject({
  ...OpdFields,
  kecamatanId: OpdFields.kecamatanId.optional(),
  active: OpdFields.active.default(true),
});
export const OpdUpdate = z.strictObject(OpdFields).partial();
export const Opd = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    code: z.string(),
    name: z.string(),
    type: z.enum(OPD_TYPES),
    kecamatanId: z.uuid().nullable(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Opd', description: 'A regional government unit (Perangkat Daerah)' });

export const OpdFilters = z.object({
  type: z.enum(OPD_TYPES).optional(),
  active: QueryBoolean.optional().describe('true for active units only, false for inactive ones'),
  q: z.string().min(1).optional().describe('Part of the name or code'),
});

const PersonFields = {
  fullName: z.string().trim().min(2).max(200),
  email: z.email().max(254).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, 'must be a phone number such as +62 812 3456 7890')
    .nullable(),
};

export const PersonCreate = z.strictObject({
  ...PersonFields,
  email: PersonFields.email.optional(),
  phone: PersonFields.phone.optional(),
});
export const PersonUpdate = z.strictObject(PersonFields).partial();
export const Person = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

export const PersonFilters = z.object({
  q: z.string().min(1).optional().describe('Part of the full name'),
  opd: z.uuid().optional().describe('Only people currently holding a position in this OPD'),
});

const PositionFields = {
  opdId: z.uuid().describe("An OPD of the person's region"),
  title: z.string().trim().min(2).max(200).describe('e.g. Sekretaris, Kasubbag Program'),
  role: z.enum(POSITION_ROLES),
  startDate: DateOnly.nullable(),
  endDate: DateOnly.nullable().describe('Empty while the position is held; not before startDate'),
};

export const PositionCreate = z.strictObject({
  ...PositionFields,
  startDate: PositionFields.startDate.optional(),
  endDate: PositionFields.endDate.optional(),
});
export const PositionUpdate = z.strictObject(PositionFields).partial();
export const Position = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    opdId: z.uuid(),
    title: z.string(),
    role: z.enum(POSITION_ROLES),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Position', description: 'A position a person holds or held in an OPD' });

export const OpdPosition = Position.extend({
  person: z.object({
    id: z.uuid(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
}).meta({ id: 'OpdPosition', description: 'A position in an OPD with the person who holds or held it' });

export const OpdPositionFilters = z.object({
  current: QueryBoolean.optional().describe('true for positions held today, false for past or future ones'),
});
