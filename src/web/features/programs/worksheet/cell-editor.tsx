import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { editKeyAction, type GridMove } from './grid-keys.ts';
import classes from './worksheet-grid.module.css';

export interface Option {
  value: string;
  label: string;
}

/** Where the grid goes after an edit ends: a move, out of the grid (Tab at its edge), or nowhere (blur). */
export type AfterCommit = GridMove | 'leave' | 'blur';

export interface CellEditorProps {
  label: string;
  kind: 'text' | 'year' | 'choice';
  initial: string;
  /** Select the whole value (a year, to type over), or put the caret after it (a title, or typing began). */
  selectAll: boolean;
  options?: Option[];
  col: number;
  cols: number;
  /** The reason the last value was refused, shown under the cell; the editor stays open with it. */
  problem: string | null;
  /** Returns whether the value was taken; a refused value keeps the editor open (except on blur). */
  onCommit: (value: string, then: AfterCommit) => boolean;
  onCancel: () => void;
}

/**
 * The input of the cell being edited. It owns only the keys that end an edit (Enter, Tab, Escape); the
 * others type. Leaving it with the mouse saves too, as in a spreadsheet.
 */
export function CellEditor(props: CellEditorProps) {
  const { label, kind, initial, selectAll, options, col, cols, problem, onCommit, onCancel } = props;
  const [value, setValue] = useState(initial);
  const ended = useRef(false);
  const input = useRef<HTMLInputElement | HTMLSelectElement | null>(null);
  const keep = (element: HTMLInputElement | HTMLSelectElement | null) => {
    input.current = element;
  };
  const problemId = useId();

  // Before the next key arrives: a fast typist's second character lands in the editor, not the grid.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: false });
    if (element instanceof HTMLInputElement) {
      if (selectAll) element.select();
      else element.setSelectionRange(element.value.length, element.value.length);
    }
  }, [selectAll]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = editKeyAction(event, col, cols);
    if (action.type === 'none') return;
    event.stopPropagation();
    if (action.type === 'cancel') {
      event.preventDefault();
      ended.current = true;
      onCancel();
      return;
    }
    if (action.type !== 'commit') return;
    if (action.next !== 'leave') event.preventDefault();
    ended.current = onCommit(value, action.next);
    if (!ended.current) event.preventDefault();
  };

  const common = {
    'aria-label': label,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? problemId : undefined,
    className: classes.editor,
    onKeyDown,
    onBlur: () => {
      if (!ended.current) onCommit(value, 'blur');
    },
  };

  return (
    <>
      {kind === 'choice' ? (
        <select ref={keep} value={value} onChange={(e) => setValue(e.currentTarget.value)} {...common}>
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={keep}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          inputMode={kind === 'year' ? 'numeric' : 'text'}
          maxLength={kind === 'year' ? 4 : 300}
          autoComplete="off"
          {...common}
        />
      )}
      {problem && (
        <div id={problemId} role="alert" className={classes.bubble}>
          {problem}
        </div>
      )}
    </>
  );
}
