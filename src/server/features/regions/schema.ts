import { z } from 'zod';
import { REGION_KINDS } from '../../../shared/domain.ts';
import { Decimal, Timestamp } from '../../http/schemas.ts';

const Count = z.number().int().min(0);
const Area = Decimal.refine((v) => Number(v) > 0, 'must be greater than zero');

const RegionFields = {
  code: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{2})?$/, 'must be a BPS code such as 12.02')
    .describe('BPS region code'),
  name: z.string().trim().min(2).max(120),
  kind: z.enum(REGION_KINDS),
  province: z.string().trim().min(2).max(120),
  capital: z.string().trim().min(1).max(120).nullable().optional(),
  population: Count.nullable().optional(),
  populationYear: z.number().int().min(1900).max(2100).nullable().optional(),
  areaKm2: Area.nullable().optional(),
  desaCount: Count.nullable().optional(),
  kelurahanCount: Count.nullable().optional(),
};

export const RegionCreate = z.strictObject(RegionFields);
export const RegionUpdate = z.strictObject(RegionFields).partial();
export const Region = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(REGION_KINDS),
    province: z.string(),
    capital: z.string().nullable(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    areaKm2: z.string().nullable().describe('Area in km², as a decimal string'),
    desaCount: z.number().int().nullable(),
    kelurahanCount: z.number().int().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Region' });

const KecamatanFields = {
  code: z.string().trim().min(1).max(20).describe('BPS kecamatan code, e.g. 12.02.01'),
  name: z.string().trim().min(2).max(120),
  population: Count.nullable().optional(),
  areaKm2: Area.nullable().optional(),
};
export const KecamatanCreate = z.strictObject(KecamatanFields);
export const KecamatanUpdate = z.strictObject(KecamatanFields).partial();
export const Kecamatan = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    code: z.string(),
    name: z.string(),
    population: z.number().int().nullable(),
    areaKm2: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Kecamatan' });
