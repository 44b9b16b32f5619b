import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import type { Language } from '../../i18n/i18n.ts';
import { downloadFile } from '../../lib/download.ts';

export interface DownloadRequest {
  /** Tells this download's button and messages apart from the others'. */
  key: string;
  path: string;
  language: Language;
  /** The name to save under should the server send none. */
  fallbackName: string;
}

export type DownloadState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'saved'; fileName: string }
  | { state: 'failed'; message: string };

const IDLE: DownloadState = { state: 'idle' };

/**
 * Downloads of built files, each with its own state: busy while the server builds it (a PDF takes
 * seconds), then the file name saved, or why it failed in the reader's language.
 */
export function useDownloads() {
  const { t } = useTranslation();
  const [states, setStates] = useState<Record<string, DownloadState>>({});
  const set = useCallback(
    (key: string, state: DownloadState) => setStates((all) => ({ ...all, [key]: state })),
    [],
  );

  const start = useCallback(
    async ({ key, path, language, fallbackName }: DownloadRequest) => {
      set(key, { state: 'busy' });
      try {
        const { fileName } = await downloadFile(path, { lang: language }, fallbackName);
        set(key, { state: 'saved', fileName });
      } catch (error) {
        const message =
          error instanceof ApiError && error.status === 503
            ? t('documents.files.pdfUnavailable')
            : problemMessage(t, error);
        set(key, { state: 'failed', message });
      }
    },
    [set, t],
  );

  return { stateOf: (key: string) => states[key] ?? IDLE, start };
}
