import type { Tx } from '../../db/client.ts';
import type { Row, Scope } from '../../db/records.ts';
import type { FieldError } from '../../errors.ts';
import { kecamatanRegion, opdRegion, personRegion } from './repository.ts';

const bodyError = (field: string, message: string): FieldError => ({ field, in: 'body', message });

/**
 * An OPD may point at a kecamatan (a kecamatan office governs one) only within its own region: a
 * kecamatan of a neighbouring regency would put the unit in the wrong region's reports.
 */
export async function opdErrors(tx: Tx, candidate: Row): Promise<FieldError[]> {
  const kecamatanId = candidate.kecamatanId as string | null | undefined;
  if (!kecamatanId) return [];
  const regionId = await kecamatanRegion(tx, kecamatanId);
  if (!regionId) return [bodyError('kecamatanId', 'refers to a kecamatan that does not exist')];
  if (regionId !== candidate.regionId)
    return [bodyError('kecamatanId', "refers to a kecamatan of another region than the OPD's")];
  return [];
}

/** A position is in an OPD of the person's own region, and does not end before it starts. */
export async function positionErrors(tx: Tx, candidate: Row): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const [personRegionId, opdRegionId] = await Promise.all([
    personRegion(tx, candidate.personId as string),
    opdRegion(tx, candidate.opdId as string),
  ]);
  if (!opdRegionId) errors.push(bodyError('opdId', 'refers to an OPD that does not exist'));
  else if (opdRegionId !== personRegionId)
    errors.push(bodyError('opdId', "refers to an OPD of another region than the person's"));
  errors.push(...dateOrderErrors(candidate));
  return errors;
}

export function dateOrderErrors(candidate: Row): FieldError[] {
  const start = candidate.startDate as string | null | undefined;
  const end = candidate.endDate as string | null | undefined;
  // ISO dates compare correctly as text.
  if (start && end && end < start) return [bodyError('endDate', `must not be before startDate (${start})`)];
  return [];
}

export const positionScope = async (tx: Tx, row: Row): Promise<Scope> => ({
  regionId: (await personRegion(tx, row.personId as string)) ?? null,
});
