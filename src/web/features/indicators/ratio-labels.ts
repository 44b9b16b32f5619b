import type { Language } from '../../i18n/i18n.ts';

/** The catalogue's names for what the numerator and denominator count, in Indonesian and English. */
export interface RatioLabelled {
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  numeratorLabelEn?: string | null;
  denominatorLabelEn?: string | null;
}

const given = (label: string | null | undefined) => (label?.trim() ? label : null);

/**
 * What the numerator and denominator count, in the reader's language: the English label when the UI is
 * English and the catalogue has one, else the Indonesian one (every indicator has that first; an English
 * reader is better served by it than by nothing). Null where the catalogue names neither.
 */
export function ratioLabels(catalog: RatioLabelled, language: Language) {
  const pick = (id: string | null, en: string | null | undefined) =>
    language === 'en' ? (given(en) ?? given(id)) : (given(id) ?? given(en));
  return {
    numerator: pick(catalog.numeratorLabel, catalog.numeratorLabelEn),
    denominator: pick(catalog.denominatorLabel, catalog.denominatorLabelEn),
  };
}

/** An indicator computed from a numerator and a denominator: its form starts with those two fields. */
export const isRatio = (catalog: RatioLabelled) => ratioLabels(catalog, 'id').numerator !== null;
