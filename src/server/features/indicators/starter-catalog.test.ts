import { describe, expect, it } from 'vitest';
import { INDICATOR_DIRECTIONS, INDICATOR_SOURCES, INDICATOR_THEMES } from '../../../shared/domain.ts';
import { STARTER_CATALOG } from './starter-catalog.ts';
import { STARTER_DEFINITIONS } from './starter-definitions.ts';

describe('starter catalogue', () => {
  it('holds the 195 references: 63 ISO 37120, 41 ISO 37122 and 91 U4SSC', () => {
    expect(STARTER_CATALOG).toHaveLength(195);
    const count = (source: string) => STARTER_CATALOG.filter((e) => e.source === source).length;
    expect([count('iso37120'), count('iso37122'), count('u4ssc')]).toEqual([63, 41, 91]);
  });

  it('gives every entry a unique code made of its source and reference', () => {
    const codes = STARTER_CATALOG.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of STARTER_CATALOG) expect(e.code).toMatch(/^(ISO37120|ISO37122|U4SSC)-[A-Z0-9.-]+$/);
    expect(codes).toEqual(expect.arrayContaining(['ISO37120-5.1', 'ISO37122-5.1', 'U4SSC-EC-ICT-ICT-1C']));
  });

  it('uses only our themes, sources and directions', () => {
    for (const e of STARTER_CATALOG) {
      expect(INDICATOR_THEMES).toContain(e.theme);
      expect(INDICATOR_SOURCES).toContain(e.source);
      expect(INDICATOR_DIRECTIONS).toContain(e.direction);
    }
  });

  it('names every indicator in Indonesian and in English, and the two differ', () => {
    for (const e of STARTER_CATALOG) {
      expect(e.nameId.trim().length, e.code).toBeGreaterThan(3);
      expect(e.nameEn.trim().length, e.code).toBeGreaterThan(3);
      expect(e.nameId, e.code).not.toBe(e.nameEn);
      expect(e.unit.trim().length, e.code).toBeGreaterThan(0);
    }
  });

  it('classifies U4SSC KPIs by their last letter and ISO 37122 indicators as smart', () => {
    const kind = (code: string) => STARTER_CATALOG.find((e) => e.code === code)?.kind;
    expect(kind('U4SSC-EC-ICT-ICT-1C')).toBe('core');
    expect(kind('U4SSC-EC-ICT-WS-2A')).toBe('advanced');
    expect(kind('ISO37122-7.6')).toBe('smart');
    expect(kind('ISO37120-5.1')).toBeNull();
    for (const e of STARTER_CATALOG.filter((x) => x.source === 'u4ssc'))
      expect(e.kind).toBe(e.reference.endsWith('C') ? 'core' : 'advanced');
  });

  it('bounds percentages to 0–100 with multiplier 100 and scales rates per 100,000', () => {
    const percentages = STARTER_CATALOG.filter((e) => e.unit === '%');
    expect(percentages.length).toBeGreaterThan(100);
    for (const e of percentages)
      expect(e).toMatchObject({ multiplier: '100', minValue: '0', maxValue: '100' });
    const suicide = STARTER_CATALOG.find((e) => e.code === 'ISO37120-11.6');
    expect(suicide).toMatchObject({
      multiplier: '100000',
      minValue: '0',
      maxValue: null,
      direction: 'decrease',
    });
  });

  it('knows which way is better', () => {
    const direction = (code: string) => STARTER_CATALOG.find((e) => e.code === code)?.direction;
    expect(direction('ISO37120-5.1')).toBe('decrease');
    expect(direction('U4SSC-EC-P-EM-1C')).toBe('decrease');
    expect(direction('ISO37120-23.1')).toBe('increase');
  });

  it('covers all 19 themes of ISO 37120', () => {
    expect(new Set(STARTER_CATALOG.map((e) => e.theme))).toEqual(new Set(INDICATOR_THEMES));
  });

  it('defines every indicator in both languages, saying how its value is computed', () => {
    expect(
      Object.keys(STARTER_DEFINITIONS).filter((code) => !STARTER_CATALOG.some((e) => e.code === code)),
    ).toEqual([]);
    for (const e of STARTER_CATALOG) {
      expect(e.definitionEn?.trim().length ?? 0, `${e.code} definitionEn`).toBeGreaterThan(30);
      expect(e.definitionId?.trim().length ?? 0, `${e.code} definitionId`).toBeGreaterThan(30);
      expect(e.definitionEn, e.code).not.toBe(e.definitionId);
      // A percentage or a rate per N states its scaling, in both languages.
      if (e.multiplier !== null) {
        const n = Number(e.multiplier);
        expect(e.definitionEn, e.code).toContain(n === 100 ? '× 100' : `per ${n.toLocaleString('en')}`);
        expect(e.definitionId, e.code).toContain(n === 100 ? '× 100' : `per ${n.toLocaleString('id')}`);
      }
    }
  });

  /** A percentage, a rate per N, a ratio or a quantity per something: one count divided by another. */
  const isQuotient = (e: (typeof STARTER_CATALOG)[number]) =>
    e.multiplier !== null || e.unit === 'ratio' || /\bper\b/.test(e.unit);

  it('names the numerator and denominator of every ratio, percentage and rate, in both languages', () => {
    const quotients = STARTER_CATALOG.filter(isQuotient);
    expect(quotients.length).toBeGreaterThan(170);
    for (const e of quotients) {
      for (const label of [
        'numeratorLabel',
        'denominatorLabel',
        'numeratorLabelEn',
        'denominatorLabelEn',
      ] as const)
        expect(e[label]?.trim(), `${e.code} ${label}`).toBeTruthy();
      // The definition says what is divided by what: "÷", "divided by", "as a share of", "per".
      expect(e.definitionEn, e.code).toMatch(/÷|divided by|as a share of|\bper\b/);
      expect(e.definitionId, e.code).toMatch(/÷|dibagi|terhadap|\bper\b/);
    }
    for (const e of STARTER_CATALOG) {
      // Labels come in pairs and in both languages, or not at all (a concentration, a count, an index).
      const given = [e.numeratorLabel, e.denominatorLabel, e.numeratorLabelEn, e.denominatorLabelEn];
      expect(new Set(given.map(Boolean)).size, e.code).toBe(1);
      if (e.numeratorLabel) expect(e.numeratorLabelEn, e.code).not.toBe(e.numeratorLabel);
      if (e.denominatorLabel) expect(e.denominatorLabelEn, e.code).not.toBe(e.denominatorLabel);
    }
    expect(STARTER_CATALOG.find((e) => e.code === 'ISO37120-5.1')).toMatchObject({
      numeratorLabel: 'Jumlah penduduk yang menganggur',
      denominatorLabel: 'Jumlah angkatan kerja',
      numeratorLabelEn: 'Unemployed persons',
      denominatorLabelEn: 'Labour force',
      definitionEn: expect.stringMatching(/unemployed persons ÷ labour force × 100/),
    });
    expect(STARTER_CATALOG.find((e) => e.code === 'U4SSC-EC-I-T-5A')).toMatchObject({
      unit: 'ratio',
      numeratorLabelEn: 'Average peak-hour travel time (minutes)',
      denominatorLabel: 'Waktu tempuh arus bebas (menit)',
    });
  });
});
