import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../indicators/api.ts';
import { catalogEntryFixture as entry } from '../indicators/indicator-fixture.ts';
import {
  countBySource,
  filterCatalog,
  firstEntries,
  groupByTheme,
  parseCatalogFilters,
} from './catalog-filters.ts';

// In the API's order: by source, then clause number.
const catalogue = [
  entry('ISO37120-5.1', {
    reference: '5.1',
    theme: 'economy',
    nameId: 'Tingkat pengangguran',
    nameEn: 'Unemployment rate',
  }),
  entry('ISO37120-12.1', { reference: '12.1' }),
  entry('ISO37122-12.1', { source: 'iso37122', reference: '12.1', nameEn: 'Électronic health records' }),
  entry('U4SSC-EC-ICT-1C', {
    source: 'u4ssc',
    theme: 'telecommunication',
    nameId: 'Rumah tangga dengan akses internet',
    nameEn: 'Household internet access',
  }),
  entry('TAPUT-KOPI', {
    regionId: 'taput',
    source: 'local',
    theme: 'economy',
    nameId: 'Produksi kopi arabika',
    nameEn: 'Arabica coffee production',
  }),
];
const codes = (entries: CatalogEntry[]) => entries.map((e) => e.code);
const none = { source: null, theme: null, query: '' };

describe('the indicator catalogue screen', () => {
  it('reads its source and theme filters from the address, ignoring values it does not know', () => {
    expect(parseCatalogFilters(new URLSearchParams('source=u4ssc&theme=water'))).toEqual({
      source: 'u4ssc',
      theme: 'water',
    });
    expect(parseCatalogFilters(new URLSearchParams('source=iso9001&theme=Water'))).toEqual({
      source: null,
      theme: null,
    });
  });

  it('finds entries by code, clause or either name, every word counting, accents and case aside', () => {
    expect(codes(filterCatalog(catalogue, { ...none, query: 'harapan' }))).toEqual([
      'ISO37120-12.1',
      'ISO37122-12.1',
    ]);
    expect(codes(filterCatalog(catalogue, { ...none, query: '12.1 electronic' }))).toEqual(['ISO37122-12.1']);
    expect(codes(filterCatalog(catalogue, { ...none, query: 'KOPI arabika' }))).toEqual(['TAPUT-KOPI']);
    expect(filterCatalog(catalogue, { ...none, query: 'kopi teh' })).toEqual([]);
  });

  it('narrows to one source and one theme', () => {
    expect(codes(filterCatalog(catalogue, { ...none, source: 'u4ssc' }))).toEqual(['U4SSC-EC-ICT-1C']);
    expect(codes(filterCatalog(catalogue, { ...none, theme: 'economy' }))).toEqual([
      'ISO37120-5.1',
      'TAPUT-KOPI',
    ]);
    expect(codes(filterCatalog(catalogue, { source: 'local', theme: 'health', query: '' }))).toEqual([]);
  });

  it('groups entries by ISO 37120 theme in the standard’s order, the regency’s own first in each', () => {
    const groups = groupByTheme(catalogue);
    expect(groups.map((g) => g.theme)).toEqual(['economy', 'health', 'telecommunication']);
    expect(groups.map((g) => codes(g.entries))).toEqual([
      ['TAPUT-KOPI', 'ISO37120-5.1'],
      ['ISO37120-12.1', 'ISO37122-12.1'],
      ['U4SSC-EC-ICT-1C'],
    ]);
    expect(groupByTheme([])).toEqual([]);
  });

  it('shows a long list a part at a time, whole themes first', () => {
    const groups = groupByTheme(catalogue);
    expect(firstEntries(groups, 3).map((g) => codes(g.entries))).toEqual([
      ['TAPUT-KOPI', 'ISO37120-5.1'],
      ['ISO37120-12.1'],
    ]);
    expect(firstEntries(groups, 2).map((g) => g.theme)).toEqual(['economy']);
    expect(firstEntries(groups, 100)).toEqual(groups);
  });

  it('counts the entries of each source', () => {
    expect(countBySource(catalogue)).toMatchObject({
      iso37120: 2,
      iso37122: 1,
      u4ssc: 1,
      local: 1,
      national: 0,
    });
  });
});
