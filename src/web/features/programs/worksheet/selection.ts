/** Rows ticked for a bulk change, and the row a Shift-click range starts from. */
export interface Selection {
  ids: ReadonlySet<string>;
  /** Index (in the shown order) of the last row ticked without Shift. */
  anchor: number | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

/**
 * Ticks or unticks the row at `index` of `order` (the rows as shown). With `range` and an anchor, every
 * row from the anchor to it takes the new state of the clicked row, as in a mail client. Rows the user may
 * not change (`selectable` false) are never ticked.
 */
export function toggleRow(
  selection: Selection,
  order: readonly string[],
  index: number,
  range: boolean,
  selectable: (id: string) => boolean,
): Selection {
  const id = order[index];
  if (id === undefined || !selectable(id)) return selection;
  const tick = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  const from = range && selection.anchor !== null ? Math.min(selection.anchor, index) : index;
  const to = range && selection.anchor !== null ? Math.max(selection.anchor, index) : index;
  for (let i = from; i <= to; i++) {
    const rowId = order[i];
    if (rowId === undefined || !selectable(rowId)) continue;
    if (tick) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: range && selection.anchor !== null ? selection.anchor : index };
}

/** Every selectable shown row ticked, or none when they all are already. */
export function toggleAll(
  selection: Selection,
  order: readonly string[],
  selectable: (id: string) => boolean,
): Selection {
  const candidates = order.filter(selectable);
  const all = candidates.length > 0 && candidates.every((id) => selection.ids.has(id));
  return { ids: all ? new Set() : new Set(candidates), anchor: null };
}

/** The selection without rows no longer shown (after a filter or a tab change). */
export function keepShown(selection: Selection, order: readonly string[]): Selection {
  const shown = new Set(order);
  const ids = [...selection.ids].filter((id) => shown.has(id));
  return ids.length === selection.ids.size ? selection : { ids: new Set(ids), anchor: null };
}
