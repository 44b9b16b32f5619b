import { describe, expect, it } from 'vitest';
import { buildContinuityReport, classifyContinuity } from './service.ts';

const phases = (entries: Record<number, string[]>) =>
  new Map(Object.entries(entries).map(([p, ids]) => [Number(p), new Set(ids)]));

describe('classifyContinuity', () => {
  it('is consistent when the same people came to every held phase', () => {
    expect(
      classifyContinuity(
        [1, 2, 3, 4],
        phases({ 1: ['a', 'b'], 2: ['b', 'a'], 3: ['a', 'b'], 4: ['a', 'b'] }),
      ),
    ).toEqual({ classification: 'consistent', missedPhases: [], changes: [] });
  });

  it('only counts the phases held so far', () => {
    expect(classifyContinuity([1, 2], phases({ 1: ['a'], 2: ['a'] })).classification).toBe('consistent');
  });

  it('is changed when a person was replaced, and names the phase, who joined and who left', () => {
    const result = classifyContinuity([1, 2, 3], phases({ 1: ['a', 'b'], 2: ['a', 'b'], 3: ['a', 'c'] }));
    expect(result).toEqual({
      classification: 'changed',
      missedPhases: [],
      changes: [{ phase: 3, joined: ['c'], left: ['b'] }],
    });
  });

  it('counts a person who stopped coming, or one who was added, as a change', () => {
    const fewer = classifyContinuity([1, 2], phases({ 1: ['a', 'b'], 2: ['a'] }));
    expect(fewer.classification).toBe('changed');
    expect(fewer.changes).toEqual([{ phase: 2, joined: [], left: ['b'] }]);
    const more = classifyContinuity([1, 2], phases({ 1: ['a'], 2: ['a', 'b'] }));
    expect(more.changes).toEqual([{ phase: 2, joined: ['b'], left: [] }]);
  });

  it('lists every phase that changed, compared with the one before', () => {
    const result = classifyContinuity([1, 2, 3, 4], phases({ 1: ['a'], 2: ['b'], 3: ['b'], 4: ['a'] }));
    expect(result.changes.map((c) => c.phase)).toEqual([2, 4]);
  });

  it('is partial when a held phase was missed, even if the people also changed', () => {
    expect(classifyContinuity([1, 2, 3], phases({ 1: ['a'], 3: ['a'] }))).toEqual({
      classification: 'partial',
      missedPhases: [2],
      changes: [],
    });
    const alsoChanged = classifyContinuity([1, 2, 3], phases({ 1: ['a'], 2: [], 3: ['b'] }));
    expect(alsoChanged).toEqual({
      classification: 'partial',
      missedPhases: [2],
      changes: [{ phase: 3, joined: ['b'], left: ['a'] }],
    });
  });

  it('is absent when the OPD never attended, or when no phase has been held', () => {
    expect(classifyContinuity([1, 2], new Map())).toEqual({
      classification: 'absent',
      missedPhases: [1, 2],
      changes: [],
    });
    expect(classifyContinuity([], new Map()).classification).toBe('absent');
  });

  it('ignores attendance in phases that do not count as held and sorts the phases', () => {
    const result = classifyContinuity([3, 1], phases({ 1: ['a'], 2: ['x'], 3: ['a'] }));
    expect(result).toEqual({ classification: 'consistent', missedPhases: [], changes: [] });
  });
});

describe('buildContinuityReport', () => {
  const opd = (id: string, code: string) => ({ id, code, name: `OPD ${code}`, type: 'office' });

  it('gives each OPD its people per phase, its class and the totals', () => {
    const report = buildContinuityReport(
      'plan',
      [2, 1],
      [opd('o1', 'A'), opd('o2', 'B'), opd('o3', 'C'), opd('o4', 'D')],
      [
        { phase: 1, opdId: 'o1', personId: 'p2', fullName: 'Rina' },
        { phase: 1, opdId: 'o1', personId: 'p1', fullName: 'Andi' },
        { phase: 2, opdId: 'o1', personId: 'p1', fullName: 'Andi' },
        { phase: 2, opdId: 'o1', personId: 'p2', fullName: 'Rina' },
        { phase: 1, opdId: 'o2', personId: 'p3', fullName: 'Budi' },
        { phase: 2, opdId: 'o2', personId: 'p4', fullName: 'Sari' },
        { phase: 2, opdId: 'o3', personId: 'p5', fullName: 'Tono' },
      ],
    );
    expect(report.heldPhases).toEqual([1, 2]);
    expect(report.totals).toEqual({ consistent: 1, changed: 1, partial: 1, absent: 1 });
    const [a, b, c, d] = report.opds;
    expect(a).toMatchObject({
      code: 'A',
      classification: 'consistent',
      phases: [
        {
          phase: 1,
          people: [
            { id: 'p1', fullName: 'Andi' },
            { id: 'p2', fullName: 'Rina' },
          ],
        },
        {
          phase: 2,
          people: [
            { id: 'p1', fullName: 'Andi' },
            { id: 'p2', fullName: 'Rina' },
          ],
        },
      ],
    });
    expect(b).toMatchObject({
      classification: 'changed',
      changes: [
        { phase: 2, joined: [{ id: 'p4', fullName: 'Sari' }], left: [{ id: 'p3', fullName: 'Budi' }] },
      ],
    });
    expect(c).toMatchObject({ classification: 'partial', missedPhases: [1] });
    expect(d).toMatchObject({
      classification: 'absent',
      missedPhases: [1, 2],
      phases: [{ people: [] }, { people: [] }],
    });
  });
});
