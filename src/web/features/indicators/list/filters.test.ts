import { describe, expect, it } from 'vitest';
import { planIndicatorFixture as indicator } from '../indicator-fixture.ts';
import {
  applyFilters,
  groupByPillar,
  hasFilters,
  NO_FILTERS,
  parseFilters,
  shownTarget,
  withFilters,
} from './filters.ts';

const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';
const OPD = '33333333-3333-4333-8333-333333333333';
const E1 = '44444444-4444-4444-8444-444444444444';
const E2 = '55555555-5555-4555-8555-555555555555';

describe('the indicator list’s filters in the address', () => {
  it('read what is valid and ignore the rest', () => {
    const params = new URLSearchParams(`pillar=${P1}&opd=nonsense&progress=off_track&quality=bad&view=list`);
    expect(parseFilters(params)).toEqual({ ...NO_FILTERS, pillar: P1, progress: 'off_track' });
  });

  it('write back without empty ones and keep other parameters', () => {
    const params = withFilters(new URLSearchParams('view=list&opd=x'), {
      ...NO_FILTERS,
      quality: 'failing',
    });
    expect(params.toString()).toBe('view=list&quality=failing');
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, quality: 'failing' })).toBe(true);
  });
});

describe('filtering and grouping the plan’s indicators', () => {
  const failing = indicator({
    id: 'a',
    pillarId: P1,
    producerOpdId: OPD,
    quality: { grade: 'C', meanScore: 3, assessed: 6, failing: ['verifiability'] },
  });
  const onTrack = indicator({
    id: 'b',
    pillarId: P2,
    progress: { ...indicator().progress, status: 'on_track', year: 2024, actual: '5', target: '5' },
    quality: { grade: 'A', meanScore: 4.5, assessed: 6, failing: [] },
  });
  const unscored = indicator({ id: 'c', pillarId: P1 });

  it('keeps what every filter asks for', () => {
    const all = [failing, onTrack, unscored];
    expect(applyFilters(all, { ...NO_FILTERS, opd: OPD }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilters(all, { ...NO_FILTERS, progress: 'on_track' }).map((i) => i.id)).toEqual(['b']);
    expect(applyFilters(all, { ...NO_FILTERS, quality: 'failing' }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilters(all, { ...NO_FILTERS, quality: 'incomplete' }).map((i) => i.id)).toEqual(['c']);
    expect(applyFilters(all, { ...NO_FILTERS, pillar: P1, quality: 'failing' })).toHaveLength(1);
  });

  it('groups by pillar in the plan’s order, elements in theirs, then by code', () => {
    const first = indicator({
      id: 'x',
      pillarId: P1,
      elementId: E2,
      catalog: { ...indicator().catalog, code: 'A-1' },
    });
    const second = indicator({
      id: 'y',
      pillarId: P1,
      elementId: E1,
      catalog: { ...indicator().catalog, code: 'Z-9' },
    });
    const third = indicator({
      id: 'z',
      pillarId: P1,
      elementId: E1,
      catalog: { ...indicator().catalog, code: 'B-2' },
    });
    const order = (id: string | null) => (id === E1 ? 1 : id === E2 ? 2 : 99);
    const groups = groupByPillar([first, second, third], [{ id: P2 }, { id: P1 }], order);
    expect(groups.map((g) => g.pillar.id)).toEqual([P1]);
    expect(groups[0]?.indicators.map((i) => i.id)).toEqual(['z', 'y', 'x']);
    expect(groupByPillar([], [{ id: P2 }, { id: P1 }], order, P2).map((g) => g.pillar.id)).toEqual([P2]);
  });
});

describe('the target a row shows', () => {
  const targets = [
    { year: 2022, value: '10' },
    { year: 2024, value: '30' },
    { year: 2026, value: '50' },
  ];

  it('is the one the latest value was judged against', () => {
    const judged = indicator({
      targets,
      progress: {
        ...indicator().progress,
        status: 'at_risk',
        year: 2023,
        target: '20',
        targetInterpolated: true,
      },
    });
    expect(shownTarget(judged, 2025)).toEqual({ year: 2023, value: '20', interpolated: true });
  });

  it('with nothing measured, is this year’s or the latest before it, else the first', () => {
    expect(shownTarget(indicator({ targets }), 2025)).toMatchObject({ year: 2024, value: '30' });
    expect(shownTarget(indicator({ targets }), 2020)).toMatchObject({ year: 2022 });
    expect(shownTarget(indicator(), 2025)).toBeNull();
  });
});
