import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Program } from '../api.ts';
import { EMPTY_SELECTION, keepShown, type Selection, toggleAll, toggleRow } from './selection.ts';

/** The rows ticked for a bulk change; only rows the user may change, and only rows still shown. */
export function useRowSelection(rows: Program[], canEditRow: (row: Program) => boolean) {
  const order = useMemo(() => rows.map((r) => r.id), [rows]);
  const editable = useMemo(() => new Set(rows.filter(canEditRow).map((r) => r.id)), [rows, canEditRow]);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  useEffect(() => setSelection((s) => keepShown(s, order)), [order]);
  const selectable = useCallback((id: string) => editable.has(id), [editable]);
  return {
    selection,
    selected: rows.filter((r) => selection.ids.has(r.id)),
    toggleRow: (index: number, range: boolean) =>
      setSelection((s) => toggleRow(s, order, index, range, selectable)),
    toggleAll: () => setSelection((s) => toggleAll(s, order, selectable)),
    /** Ticks exactly these rows (the ones a bulk change failed on, to try again). */
    selectOnly: (ids: string[]) => setSelection({ ids: new Set(ids), anchor: null }),
    clear: () => setSelection(EMPTY_SELECTION),
  };
}
