import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.ts';
import { goalsUnder, missingParts, strategiesOf, usedBy } from './statements.ts';

const conflict = (detail: string, kind = 'conflict') =>
  new ApiError({ status: 409, kind, title: 'Conflict', detail });

describe('vision and strategy statements', () => {
  it('groups goals under their mission and strategies under their pillar, in order', () => {
    const goals = [
      { id: 'g3', ordinal: 3, missionId: 'm1' },
      { id: 'g1', ordinal: 1, missionId: 'm1' },
      { id: 'g2', ordinal: 2, missionId: null },
    ];
    expect(goalsUnder(goals, 'm1').map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(goalsUnder(goals, null).map((g) => g.id)).toEqual(['g2']);
    const strategies = [
      { id: 's2', ordinal: 2, pillarId: 'p' },
      { id: 's1', ordinal: 1, pillarId: 'p' },
      { id: 'x', ordinal: 1, pillarId: 'q' },
    ];
    expect(strategiesOf(strategies, 'p').map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('tells what still uses a record whose deletion was refused', () => {
    expect(usedBy(conflict('This record is still used by goals; remove or reassign those first'))).toBe(
      'goals',
    );
    expect(usedBy(conflict('This record is still used by programs; remove or reassign those first'))).toBe(
      'programs',
    );
    expect(usedBy(conflict('Something else'))).toBe('other');
    expect(usedBy(conflict('changed', 'stale-version'))).toBeNull();
    expect(usedBy(new Error('x'))).toBeNull();
  });

  it('lists what an empty or partly filled plan still lacks', () => {
    const empty = {
      vision: null,
      missionIds: [],
      goalMissionIds: [],
      pillarIds: ['p'],
      strategyPillarIds: [],
    };
    expect(missingParts(empty)).toEqual(['vision', 'missions', 'goals', 'strategies']);
    expect(
      missingParts({
        vision: 'Cerdas',
        missionIds: ['m1', 'm2'],
        goalMissionIds: ['m1', null],
        pillarIds: ['p', 'q'],
        strategyPillarIds: ['p', 'q'],
      }),
    ).toEqual(['goals']);
    expect(
      missingParts({
        vision: 'Cerdas',
        missionIds: ['m1'],
        goalMissionIds: ['m1'],
        pillarIds: ['p'],
        strategyPillarIds: ['p'],
      }),
    ).toEqual([]);
  });
});
