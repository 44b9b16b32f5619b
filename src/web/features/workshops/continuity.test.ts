import { describe, expect, it } from 'vitest';
import { type ContinuityReport, continuityRows, phasePeople } from './continuity.ts';

const person = (id: string) => ({ id, fullName: id.toUpperCase() });
const row = (code: string, classification: ContinuityReport['opds'][number]['classification']) => ({
  opdId: code,
  code,
  name: code,
  type: 'office',
  classification,
  phases: [
    { phase: 1, people: [person('a'), person('b')] },
    { phase: 2, people: [person('a'), person('c')] },
  ],
  missedPhases: [],
  changes: [{ phase: 2, joined: [person('c')], left: [person('b')] }],
});
const report: ContinuityReport = {
  planId: 'p',
  heldPhases: [1, 2],
  opds: [row('A', 'consistent'), row('C', 'partial'), row('B', 'changed'), row('D', 'changed')],
  totals: { consistent: 1, changed: 2, partial: 1, absent: 0 },
};

describe('the continuity report', () => {
  it('lists the OPDs needing attention first, then by code, or only one class', () => {
    expect(continuityRows(report, null).map((r) => r.code)).toEqual(['B', 'D', 'C', 'A']);
    expect(continuityRows(report, 'changed').map((r) => r.code)).toEqual(['B', 'D']);
    expect(continuityRows(report, 'absent')).toEqual([]);
  });

  it('marks who replaced someone in a phase', () => {
    const [first] = report.opds;
    if (!first) throw new Error('no row');
    expect(phasePeople(first, 2)).toEqual([
      { id: 'a', fullName: 'A', joined: false },
      { id: 'c', fullName: 'C', joined: true },
    ]);
    expect(phasePeople(first, 1).some((p) => p.joined)).toBe(false);
    expect(phasePeople(first, 3)).toEqual([]);
  });
});
