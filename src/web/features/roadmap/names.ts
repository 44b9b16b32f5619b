import type { Language } from '../../i18n/i18n.ts';

/** A pillar's (or element's) name in the reader's language; the names are data, set per plan. */
export const nameIn = (item: { nameId: string; nameEn: string }, language: Language) =>
  language === 'en' ? item.nameEn : item.nameId;
