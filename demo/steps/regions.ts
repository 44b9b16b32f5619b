import { kecamatan, regions } from '../../src/server/db/schema/region.ts';
import type { DemoRegion } from '../regions.ts';
import type { DemoWriter } from '../writer.ts';

/** Insert the regions; returns their ids by BPS code. */
export async function loadRegions(w: DemoWriter, list: DemoRegion[]) {
  const rows = await w.insert(
    regions,
    'region',
    list.map((r) => ({
      ...r,
      kind: 'kabupaten' as const,
      province: 'Sumatera Utara',
      populationYear: 2020,
    })),
    { scope: (row) => ({ regionId: row.id }) },
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Insert a region's kecamatan, coded `<region>.01`, `<region>.02`… in list order; returns ids by name. */
export async function loadKecamatan(
  w: DemoWriter,
  regionId: string,
  regionCode: string,
  list: { name: string; areaKm2?: string }[],
) {
  const rows = await w.insert(
    kecamatan,
    'kecamatan',
    list.map((k, i) => ({
      regionId,
      code: `${regionCode}.${String(i + 1).padStart(2, '0')}`,
      name: k.name,
      areaKm2: k.areaKm2 ?? null,
    })),
    { scope: { regionId } },
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}
