import { describe, expect, it } from 'vitest';
import type { Program } from '../api.ts';
import {
  ALL_PILLARS,
  countByPillar,
  filterParams,
  hasFilters,
  parseFilters,
  rowsOfTab,
  serverQuery,
} from './filters.ts';

const OPD = '0b5a3c9e-1111-4aaa-8bbb-123456789abc';
const ELEMENT = '0b5a3c9e-2222-4aaa-8bbb-123456789abc';
const pillars = ['governance', 'branding'];
const parse = (search: string) => parseFilters(new URLSearchParams(search), pillars);

describe('worksheet filters in the address', () => {
  it('default to the first pillar and no filter', () => {
    const filters = parse('');
    expect(filters).toEqual({
      pillar: 'governance',
      opd: null,
      element: null,
      year: null,
      quickWin: null,
      review: null,
      q: '',
    });
    expect(hasFilters(filters)).toBe(false);
  });

  it('read every filter and write them back the same', () => {
    const search = `pillar=branding&opd=${OPD}&element=${ELEMENT}&year=2024&quickWin=true&review=accepted&q=mal`;
    const filters = parse(search);
    expect(filters).toMatchObject({
      pillar: 'branding',
      opd: OPD,
      year: 2024,
      quickWin: true,
      review: 'accepted',
    });
    expect(hasFilters(filters)).toBe(true);
    expect(filterParams(filters).toString()).toBe(new URLSearchParams(search).toString());
  });

  it('ignore what cannot be a value rather than failing', () => {
    expect(parse('pillar=nope&opd=x&year=24&quickWin=maybe&review=great')).toMatchObject({
      pillar: 'governance',
      opd: null,
      year: null,
      quickWin: null,
      review: null,
    });
    expect(parse(`pillar=${ALL_PILLARS}`).pillar).toBe(ALL_PILLARS);
  });

  it('send the server what it filters, and keep pillar and element for the browser', () => {
    const filters = parse(`pillar=branding&opd=${OPD}&element=${ELEMENT}&quickWin=false&q=%20mal%20`);
    expect(serverQuery(filters)).toEqual({ opd: OPD, quickWin: 'false', q: 'mal' });
  });
});

describe('rows of a tab', () => {
  const programs = [
    { id: '1', pillarKey: 'governance', elementId: ELEMENT },
    { id: '2', pillarKey: 'governance', elementId: 'other' },
    { id: '3', pillarKey: 'branding', elementId: 'b' },
  ] as Program[];

  it('are the pillar’s, narrowed by the element', () => {
    expect(rowsOfTab(programs, parse('pillar=governance')).map((p) => p.id)).toEqual(['1', '2']);
    expect(rowsOfTab(programs, parse(`pillar=governance&element=${ELEMENT}`)).map((p) => p.id)).toEqual([
      '1',
    ]);
    expect(rowsOfTab(programs, parse(`pillar=${ALL_PILLARS}`))).toHaveLength(3);
  });

  it('are counted per pillar for the tabs', () => {
    expect(Object.fromEntries(countByPillar(programs))).toEqual({ governance: 2, branding: 1 });
  });
});
