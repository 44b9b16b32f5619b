import { en } from './words-en.ts';
import { id, type Words } from './words-id.ts';

/** The languages a document is written in: Indonesian (the default, as adopted) and English. */
export const DOCUMENT_LANGUAGES = ['id', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export type { Words };

export const wordsFor = (lang: DocumentLanguage): Words => (lang === 'en' ? en : id);
