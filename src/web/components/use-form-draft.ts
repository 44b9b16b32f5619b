import { useEffect, useRef, useState } from 'react';

const PREFIX = 'rancang.draft.';

interface StoredDraft<T> {
  values: T;
  /** The record version the draft was typed against, so a stale draft still merges through a 409. */
  baseVersion: number | null;
  savedAt: string;
}

function read<T>(key: string): StoredDraft<T> | null {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as StoredDraft<T>) : null;
  } catch {
    return null;
  }
}

function write(key: string, draft: StoredDraft<unknown> | null) {
  try {
    if (draft) localStorage.setItem(PREFIX + key, JSON.stringify(draft));
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage full or switched off: the form still holds the input for this visit.
  }
}

export interface FormDraftOptions<T> {
  /** Where the draft is kept, e.g. `program:<id>` or `program:new:<planId>`; null keeps none. */
  key: string | null;
  values: T;
  dirty: boolean;
  baseVersion: number | null;
  /** Puts a stored draft back into the form (called once, after mount). */
  restore: (values: T) => void;
}

/**
 * Keeps what a user typed but has not saved in this browser, so a lost connection, a closed tab or a
 * flat phone battery never costs a workshop group its input. Call `clear()` after a successful save.
 */
export function useFormDraft<T>({ key, values, dirty, baseVersion, restore }: FormDraftOptions<T>) {
  const [restored, setRestored] = useState<StoredDraft<T> | null>(null);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  useEffect(() => {
    if (!key) return;
    const draft = read<T>(key);
    if (draft) {
      restoreRef.current(draft.values);
      setRestored(draft);
    }
  }, [key]);

  useEffect(() => {
    if (!key || !dirty) return;
    const save = () => write(key, { values, baseVersion, savedAt: new Date().toISOString() });
    // A short pause so that fast typing writes once, not per key; leaving the page writes at once, so
    // the last keystrokes before a reload or a closed tab are kept too.
    const timer = setTimeout(save, 300);
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', save);
    };
  }, [key, values, dirty, baseVersion]);

  return {
    /** The draft brought back on opening, if any (to tell the user, and its base version). */
    restored,
    clear: () => {
      if (key) write(key, null);
      setRestored(null);
    },
  };
}
