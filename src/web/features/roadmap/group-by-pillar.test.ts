import { describe, expect, it } from 'vitest';
import { groupByPillar } from './group-by-pillar.ts';

describe('groupByPillar', () => {
  const pillars = [{ id: 'gov' }, { id: 'eco' }, { id: 'env' }];

  it('keeps the pillar order and the programmes’ order, empty pillars included', () => {
    const programs = [
      { pillarId: 'eco', code: 'ECO-01' },
      { pillarId: 'gov', code: 'GOV-01' },
      { pillarId: 'eco', code: 'ECO-02' },
    ];
    expect(groupByPillar(pillars, programs)).toEqual([
      { pillar: { id: 'gov' }, programs: [{ pillarId: 'gov', code: 'GOV-01' }] },
      {
        pillar: { id: 'eco' },
        programs: [
          { pillarId: 'eco', code: 'ECO-01' },
          { pillarId: 'eco', code: 'ECO-02' },
        ],
      },
      { pillar: { id: 'env' }, programs: [] },
    ]);
  });

  it('leaves out a programme of a pillar it was not given', () => {
    expect(groupByPillar([{ id: 'gov' }], [{ pillarId: 'eco' }])).toEqual([
      { pillar: { id: 'gov' }, programs: [] },
    ]);
  });
});
