import { en } from './words-en.ts';
import { id, type Words } from './words-id.ts';

/** The languages a worksheet is written in: Indonesian (the default, the workshops' language) and English. */
export const WORKSHEET_LANGUAGES = ['id', 'en'] as const;
export type WorksheetLanguage = (typeof WORKSHEET_LANGUAGES)[number];

export type { Words };

export const wordsFor = (lang: WorksheetLanguage): Words => (lang === 'en' ? en : id);
