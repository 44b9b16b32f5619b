/**
 * The shape of a starter catalogue definition (starter-definitions.ts, starter-definitions-u4ssc.ts):
 * our own words, never the standards' text, in Indonesian and English, each stating how the value is
 * computed, with the numerator and denominator an OPD counts, named in both languages. The catalogue's
 * multiplier applies: value = numerator ÷ denominator × multiplier (100 for a percentage, 100,000 for a
 * rate per 100,000, none for a plain quotient such as tonnes per capita).
 */
export interface StarterDefinition {
  en: string;
  id: string;
  numerator: string | null;
  denominator: string | null;
  numeratorEn: string | null;
  denominatorEn: string | null;
}

/** What is counted, in Indonesian and in English. */
type Label = readonly [id: string, en: string];

/** A definition; a quantity computed as a quotient names its numerator and denominator. */
export const d = (en: string, id: string, numerator?: Label, denominator?: Label): StarterDefinition => ({
  en,
  id,
  numerator: numerator?.[0] ?? null,
  denominator: denominator?.[0] ?? null,
  numeratorEn: numerator?.[1] ?? null,
  denominatorEn: denominator?.[1] ?? null,
});
