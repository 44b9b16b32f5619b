import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, RequestBody, Schema } from '../../api/types.ts';
import { ALL, type Kecamatan, keys, type Opd } from '../workbench/api.ts';

export type { Kecamatan, Opd };
export type Person = Schema<'Person'>;
export type Position = Schema<'Position'>;
export type OpdPosition = Schema<'OpdPosition'>;

export type OpdBody = RequestBody<'createOpd'>;
export type KecamatanBody = RequestBody<'createKecamatan'>;
export type PersonBody = RequestBody<'createPerson'>;
export type PositionBody = RequestBody<'createPosition'>;

const at = (template: string, id: string) => template.replace(':id', encodeURIComponent(id));

/** Create under a parent, change (with the version edited) and delete: the same for every record here. */
function resource<Rec, Body>(collection: string, item: string) {
  return {
    create: (parentId: string, body: Body) => api<Rec>(at(collection, parentId), { method: 'POST', body }),
    update: (id: string, body: Partial<Body> & { version: number }) =>
      api<Rec>(at(item, id), { method: 'PATCH', body }),
    remove: (id: string) => api<void>(at(item, id), { method: 'DELETE' }),
  };
}

export const opdApi = resource<Opd, OpdBody>('/regions/:id/opds', '/opds/:id');
export const kecamatanApi = resource<Kecamatan, KecamatanBody>('/regions/:id/kecamatan', '/kecamatan/:id');
export const personApi = resource<Person, PersonBody>('/regions/:id/people', '/people/:id');
export const positionApi = resource<Position, PositionBody>('/people/:id/positions', '/positions/:id');

/** The region's people (never published: the caller needs `readInternal`). */
export const usePeople = (regionId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.ofRegion(regionId, 'people'),
    enabled,
    queryFn: ({ signal }) =>
      api<Page<Person>>(`/regions/${regionId}/people`, { query: { limit: ALL }, signal }).then(
        (p) => p.items,
      ),
  });

/** Every position a person holds or held, oldest first. */
export const usePersonPositions = (regionId: string, personId: string) =>
  useQuery({
    queryKey: keys.ofRegion(regionId, 'people', personId, 'positions'),
    queryFn: ({ signal }) =>
      api<Page<Position>>(`/people/${personId}/positions`, { query: { limit: ALL }, signal }).then(
        (p) => p.items,
      ),
  });

/**
 * Every position in the region's OPDs, for the people list. The API lists positions per OPD or per
 * person only, so this asks once per OPD (a regency has a few dozen) and keeps the answers as one list;
 * the OPD ids are part of the key, so that a new OPD's positions are asked for too.
 */
export const useRegionPositions = (regionId: string, opdIds: string[], enabled: boolean) =>
  useQuery({
    queryKey: keys.ofRegion(regionId, 'positions', opdIds),
    enabled: enabled && opdIds.length > 0,
    // While a new OPD's positions are asked for, the list keeps showing the ones it had.
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<OpdPosition[]> => {
      const pages = await Promise.all(
        opdIds.map((opdId) =>
          api<Page<OpdPosition>>(`/opds/${opdId}/positions`, { query: { limit: ALL }, signal }),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
  });
