import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../api.ts';
import { catalogEntryFixture as entry } from '../indicator-fixture.ts';
import { searchCatalog } from './catalog-search.ts';

const THEMES: Record<string, string> = { health: 'Kesehatan', governance: 'Tata kelola' };
const words = {
  themeName: (e: CatalogEntry) => THEMES[e.theme] ?? e.theme,
  sourceName: (e: CatalogEntry) => (e.source === 'u4ssc' ? 'U4SSC' : 'SNI ISO 37120'),
};

const catalogue = [
  entry('ISO37120-12.1', { reference: '12.1' }),
  entry('ISO37120-5.1', {
    theme: 'governance',
    nameId: 'Partisipasi pemilih',
    nameEn: 'Voter participation',
  }),
  entry('U4SSC-SC-HE-1C', {
    source: 'u4ssc',
    nameId: 'Rekam medis elektronik',
    nameEn: 'Electronic health records',
  }),
  entry('TAPUT-IKM', {
    regionId: 'r',
    source: 'local',
    theme: 'governance',
    nameId: 'Indeks Kepuasan Masyarakat',
  }),
];

const codes = (found: CatalogEntry[]) => found.map((e) => e.code);

describe('searching the indicator catalogue', () => {
  it('finds by either name, code, reference, theme or source, every word counting', () => {
    expect(codes(searchCatalog(catalogue, 'harapan', words, new Set()))).toEqual(['ISO37120-12.1']);
    expect(codes(searchCatalog(catalogue, 'voter', words, new Set()))).toEqual(['ISO37120-5.1']);
    expect(codes(searchCatalog(catalogue, '12.1', words, new Set()))).toEqual(['ISO37120-12.1']);
    expect(codes(searchCatalog(catalogue, 'tata KELOLA', words, new Set()))).toEqual([
      'TAPUT-IKM',
      'ISO37120-5.1',
    ]);
    expect(codes(searchCatalog(catalogue, 'u4ssc elektronik', words, new Set()))).toEqual(['U4SSC-SC-HE-1C']);
  });

  it('lists the regency’s own first and leaves out what the plan already has', () => {
    expect(codes(searchCatalog(catalogue, '', words, new Set(['ISO37120-5.1'])))).toEqual([
      'TAPUT-IKM',
      'ISO37120-12.1',
      'U4SSC-SC-HE-1C',
    ]);
  });
});
