import { describe, expect, it } from 'vitest';
import { Rupiah } from '../../http/schemas.ts';
import { IndicatorNumber } from '../indicators/schema.ts';
import { labelKey, listItems, plain, readAmount, readText, readValue, readWhole, readYear } from './cells.ts';
import { id as w } from './words-id.ts';

const h = 'Kolom';

describe('worksheet cells', () => {
  it('tells what a raw cell holds, evaluating nothing', () => {
    expect(plain(null)).toEqual({ kind: 'blank' });
    expect(plain('   ')).toEqual({ kind: 'blank' });
    expect(plain(" '=SUM(A1) ")).toEqual({ kind: 'text', value: '=SUM(A1)' });
    expect(plain({ formula: 'SUM(A1:A3)', result: 6 })).toEqual({ kind: 'formula' });
    expect(plain({ sharedFormula: 'A1', result: 6 })).toEqual({ kind: 'formula' });
    expect(plain(new Date(2026, 0, 1))).toEqual({ kind: 'date' });
    expect(plain({ error: '#DIV/0!' })).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(plain({ richText: [{ text: 'Mal ' }, { text: 'Pelayanan' }] })).toEqual({
      kind: 'text',
      value: 'Mal Pelayanan',
    });
    expect(plain({ text: 'tautan', hyperlink: 'https://example.id' })).toEqual({
      kind: 'text',
      value: 'tautan',
    });
    expect(plain(Number.NaN)).toEqual({ kind: 'other' });
  });

  it('reads years, refusing dates, text and years out of any plan', () => {
    expect(readYear(2026, h, w)).toEqual({ ok: true, value: 2026 });
    expect(readYear('2026', h, w)).toEqual({ ok: true, value: 2026 });
    expect(readYear(null, h, w)).toEqual({ ok: true, value: null });
    expect(readYear(new Date(2026, 0, 1), h, w)).toEqual({ ok: false, problem: w.problems.date(h) });
    expect(readYear('01/02/2026', h, w)).toEqual({ ok: false, problem: w.problems.date(h) });
    expect(readYear('2026-01-01', h, w)).toEqual({ ok: false, problem: w.problems.date(h) });
    expect(readYear(2026.5, h, w)).toEqual({ ok: false, problem: w.problems.notYear(h, '2026.5') });
    expect(readYear('dua ribu', h, w)).toEqual({ ok: false, problem: w.problems.notYear(h, 'dua ribu') });
    expect(readYear(1999, h, w)).toEqual({ ok: false, problem: w.problems.notYear(h, '1999') });
    expect(readWhole({ formula: '2+3' }, h, w)).toEqual({ ok: false, problem: w.problems.formula(h) });
  });

  it('reads rupiah as numeric(18,2) prints it, refusing negative, dotted and over-precise amounts', () => {
    const amount = (raw: unknown) => readAmount(raw, h, w, Rupiah);
    expect(amount(1500000000)).toEqual({ ok: true, value: '1500000000.00' });
    expect(amount('250000000.5')).toEqual({ ok: true, value: '250000000.50' });
    expect(amount(0)).toEqual({ ok: true, value: '0.00' });
    expect(amount(-5)).toEqual({ ok: false, problem: w.problems.negative(h) });
    expect(amount('-5')).toEqual({ ok: false, problem: w.problems.negative(h) });
    expect(amount('1.500.000')).toEqual({ ok: false, problem: w.problems.notNumber(h, '1.500.000') });
    expect(amount(0.001)).toEqual({ ok: false, problem: w.problems.amount(h) });
    expect(amount(new Date())).toEqual({ ok: false, problem: w.problems.date(h) });
  });

  it('reads indicator values with six decimals', () => {
    expect(readValue(12.5, h, w, IndicatorNumber)).toEqual({ ok: true, value: '12.500000' });
    expect(readValue('-3.25', h, w, IndicatorNumber)).toEqual({ ok: true, value: '-3.25' });
    expect(readValue('12,5', h, w, IndicatorNumber)).toEqual({
      ok: false,
      problem: w.problems.notNumber(h, '12,5'),
    });
  });

  it('reads text, numbers as their digits, and restores what the export neutralised', () => {
    expect(readText(2025, h, w)).toEqual({ ok: true, value: '2025' });
    expect(readText("'+62 812", h, w)).toEqual({ ok: true, value: '+62 812' });
    expect(readText(true, h, w)).toEqual({ ok: true, value: 'Ya' });
    expect(readText({ error: '#N/A' }, h, w)).toEqual({ ok: false, problem: w.problems.error(h, '#N/A') });
  });

  it('splits list cells and compares labels loosely', () => {
    expect(listItems('BAPPEDA, DINKES;DISPAR\n')).toEqual(['BAPPEDA', 'DINKES', 'DISPAR']);
    expect(labelKey('  Smart   Governance ')).toBe(labelKey('smart governance'));
  });
});
