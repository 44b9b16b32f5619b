import { describe, expect, it } from 'vitest';
import { MATURITY_MAX } from '../../../shared/domain.ts';
import { readinessRadarOption } from './radar-option.ts';

const aspects = [
  { aspect: 'struktur', name: 'Struktur' },
  { aspect: 'infrastruktur', name: 'Infrastruktur' },
  { aspect: 'suprastruktur', name: 'Suprastruktur' },
] as const;

describe('the readiness radar', () => {
  it('has one axis per pillar on the maturity scale and one polygon per aspect', () => {
    const option = readinessRadarOption(
      [
        { name: 'Smart Governance', scores: { struktur: 2, infrastruktur: 3, suprastruktur: null } },
        { name: 'Smart Economy', scores: { struktur: 4, infrastruktur: 1, suprastruktur: 5 } },
      ],
      [...aspects],
    );
    const radar = option.radar as { indicator: { name: string; max: number }[] };
    expect(radar.indicator).toEqual([
      { name: 'Smart Governance', min: 0, max: MATURITY_MAX },
      { name: 'Smart Economy', min: 0, max: MATURITY_MAX },
    ]);
    const [series] = option.series as { data: { name: string; value: number[] }[] }[];
    // A cell not scored yet sits at the centre.
    expect(series?.data.map((d) => [d.name, d.value])).toEqual([
      ['Struktur', [2, 4]],
      ['Infrastruktur', [3, 1]],
      ['Suprastruktur', [0, 5]],
    ]);
  });
});
