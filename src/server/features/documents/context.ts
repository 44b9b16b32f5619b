import type { ChartImage } from './charts.ts';
import { cents, longDate, type NumberStyle, numberStyle, rupiahDigits } from './format.ts';
import type { PlanData } from './plan-data.ts';
import { type DocumentLanguage, type Words, wordsFor } from './words.ts';

/** The charts a document shows; null where there is nothing to draw (no pillar, no budget). */
export interface Charts {
  radar: ChartImage | null;
  pillars: ChartImage | null;
  years: ChartImage | null;
}

export const NO_CHARTS: Charts = { radar: null, pillars: null, years: null };

/**
 * What every chapter builder works from: the plan's data, the words of the document's language and the
 * look-ups and number formats they share, so that an OPD or an amount reads the same everywhere.
 */
export interface DocContext {
  data: PlanData;
  lang: DocumentLanguage;
  w: Words;
  style: NumberStyle;
  /** Empty until the charts are drawn: the chapters with a figure are written after that. */
  charts: Charts;
  /** The region's name without its kind: "Tapanuli Utara" for "Kabupaten Tapanuli Utara". */
  regionShort: string;
  money: (amount: string | bigint) => string;
  date: (iso: string | Date | null | undefined) => string | null;
  name: (record: { nameId: string; nameEn: string }) => string;
  pillarName: (pillarId: string) => string;
  elementName: (elementId: string) => string;
  opdLabel: (opdId: string) => string;
  missionNumber: (missionId: string | null) => number | null;
  kecamatanName: (kecamatanId: string) => string;
  /** Numbers figures and tables per chapter: 3.1, 3.2, … (1, 2, … for chapter '': the summary). */
  nextLabel: (chapter: number | string, kind: 'figure' | 'table') => string;
}

export function buildContext(data: PlanData, lang: DocumentLanguage, charts: Charts = NO_CHARTS): DocContext {
  const w = wordsFor(lang);
  const style = numberStyle(w.locale);
  const name = (r: { nameId: string; nameEn: string }) => (lang === 'en' ? r.nameEn : r.nameId);
  const pillars = new Map(data.pillars.map((p) => [p.id, name(p)]));
  const elements = new Map(data.elements.map((e) => [e.id, name(e)]));
  const opds = new Map(data.opds.map((o) => [o.id, o.name]));
  const missions = new Map(data.missions.map((m) => [m.id, m.ordinal]));
  const kecamatan = new Map(data.kecamatan.map((k) => [k.id, k.name]));
  const counters = new Map<string, number>();
  return {
    data,
    lang,
    w,
    style,
    charts,
    regionShort: data.region.name.replace(/^(kabupaten|kota)\s+/i, ''),
    money: (amount) => w.currency(rupiahDigits(typeof amount === 'bigint' ? amount : cents(amount), style)),
    date: (iso) => longDate(iso, w.locale),
    name,
    pillarName: (id) => pillars.get(id) ?? w.none,
    elementName: (id) => elements.get(id) ?? w.none,
    opdLabel: (id) => opds.get(id) ?? w.none,
    missionNumber: (id) => (id ? (missions.get(id) ?? null) : null),
    kecamatanName: (id) => kecamatan.get(id) ?? w.none,
    nextLabel: (chapter, kind) => {
      const key = `${kind}:${chapter}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return chapter === '' ? String(n) : `${chapter}.${n}`;
    },
  };
}
