/** The document formats, apart from document-service.ts so that the CLI lists them without loading it. */
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
