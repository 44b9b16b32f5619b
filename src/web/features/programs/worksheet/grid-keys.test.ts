import { describe, expect, it } from 'vitest';
import { clampPosition, editKeyAction, moveTo, navigateKeyAction } from './grid-keys.ts';

const bounds = { rows: 20, cols: 10, page: 8 };
const at = { row: 3, col: 2 };
const text = { kind: 'text' as const, editable: true };

describe('moving the active cell', () => {
  it('follows the arrows and stays inside the grid', () => {
    expect(moveTo(at, 'up', bounds)).toEqual({ row: 2, col: 2 });
    expect(moveTo(at, 'right', bounds)).toEqual({ row: 3, col: 3 });
    expect(moveTo({ row: 0, col: 0 }, 'up', bounds)).toEqual({ row: 0, col: 0 });
    expect(moveTo({ row: 19, col: 9 }, 'down', bounds)).toEqual({ row: 19, col: 9 });
    expect(moveTo({ row: 19, col: 9 }, 'right', bounds)).toEqual({ row: 19, col: 9 });
  });

  it('jumps a page, to the row ends and to the grid ends', () => {
    expect(moveTo(at, 'pageDown', bounds)).toEqual({ row: 11, col: 2 });
    expect(moveTo(at, 'pageUp', bounds)).toEqual({ row: 0, col: 2 });
    expect(moveTo(at, 'rowEnd', bounds)).toEqual({ row: 3, col: 9 });
    expect(moveTo(at, 'rowStart', bounds)).toEqual({ row: 3, col: 0 });
    expect(moveTo(at, 'last', bounds)).toEqual({ row: 19, col: 9 });
    expect(moveTo(at, 'first', bounds)).toEqual({ row: 0, col: 0 });
  });

  it('is kept valid when rows disappear', () => {
    expect(clampPosition({ row: 30, col: 4 }, bounds)).toEqual({ row: 19, col: 4 });
    expect(clampPosition({ row: 5, col: 4 }, { rows: 0, cols: 10, page: 8 })).toEqual({ row: 0, col: 4 });
  });
});

describe('keys on the active cell', () => {
  it('move with arrows, Home/End (Ctrl for the grid) and Tab', () => {
    expect(navigateKeyAction({ key: 'ArrowDown' }, text, at, bounds)).toEqual({ type: 'move', move: 'down' });
    expect(navigateKeyAction({ key: 'Home', ctrlKey: true }, text, at, bounds)).toEqual({
      type: 'move',
      move: 'first',
    });
    expect(navigateKeyAction({ key: 'End' }, text, at, bounds)).toEqual({ type: 'move', move: 'rowEnd' });
    expect(navigateKeyAction({ key: 'Tab' }, text, at, bounds)).toEqual({ type: 'move', move: 'right' });
    expect(navigateKeyAction({ key: 'Tab', shiftKey: true }, text, at, bounds)).toEqual({
      type: 'move',
      move: 'left',
    });
  });

  it('let Tab leave the grid past the row’s last cell, and Shift+Tab before its first', () => {
    expect(navigateKeyAction({ key: 'Tab' }, text, { row: 3, col: 9 }, bounds)).toEqual({ type: 'leave' });
    expect(navigateKeyAction({ key: 'Tab', shiftKey: true }, text, { row: 3, col: 0 }, bounds)).toEqual({
      type: 'leave',
    });
  });

  it('start an edit with Enter or F2, or by typing (the character replaces the value)', () => {
    expect(navigateKeyAction({ key: 'Enter' }, text, at, bounds)).toEqual({ type: 'edit' });
    expect(navigateKeyAction({ key: 'F2' }, text, at, bounds)).toEqual({ type: 'edit' });
    expect(navigateKeyAction({ key: 'a' }, text, at, bounds)).toEqual({ type: 'edit', seed: 'a' });
    expect(navigateKeyAction({ key: 'a', ctrlKey: true }, text, at, bounds)).toEqual({ type: 'none' });
    const choice = { kind: 'choice' as const, editable: true };
    expect(navigateKeyAction({ key: 'ArrowDown', altKey: true }, choice, at, bounds)).toEqual({
      type: 'edit',
    });
    expect(navigateKeyAction({ key: 'x' }, choice, at, bounds)).toEqual({ type: 'none' });
  });

  it('never edit a cell the user may not change', () => {
    const locked = { kind: 'text' as const, editable: false };
    expect(navigateKeyAction({ key: 'Enter' }, locked, at, bounds)).toEqual({ type: 'none' });
    expect(navigateKeyAction({ key: 'a' }, locked, at, bounds)).toEqual({ type: 'none' });
    expect(navigateKeyAction({ key: ' ' }, { kind: 'toggle', editable: false }, at, bounds)).toEqual({
      type: 'none',
    });
    expect(navigateKeyAction({ key: 'Enter' }, { kind: 'static', editable: true }, at, bounds)).toEqual({
      type: 'none',
    });
  });

  it('throw a refused value away with Escape', () => {
    expect(navigateKeyAction({ key: 'Escape' }, text, at, bounds)).toEqual({ type: 'cancel' });
  });

  it('flip toggles and selections with Space or Enter; Shift selects a range', () => {
    const toggle = { kind: 'toggle' as const, editable: true };
    const select = { kind: 'select' as const, editable: true };
    expect(navigateKeyAction({ key: ' ' }, toggle, at, bounds)).toEqual({ type: 'activate', range: false });
    expect(navigateKeyAction({ key: ' ', shiftKey: true }, select, at, bounds)).toEqual({
      type: 'activate',
      range: true,
    });
    expect(navigateKeyAction({ key: 'Enter' }, { kind: 'link', editable: false }, at, bounds)).toEqual({
      type: 'activate',
      range: false,
    });
  });
});

describe('keys while editing', () => {
  it('save and move with Enter (down) and Tab (right), Shift for the other way', () => {
    expect(editKeyAction({ key: 'Enter' }, 2, 10)).toEqual({ type: 'commit', next: 'down' });
    expect(editKeyAction({ key: 'Enter', shiftKey: true }, 2, 10)).toEqual({ type: 'commit', next: 'up' });
    expect(editKeyAction({ key: 'Tab' }, 2, 10)).toEqual({ type: 'commit', next: 'right' });
    expect(editKeyAction({ key: 'Tab', shiftKey: true }, 2, 10)).toEqual({ type: 'commit', next: 'left' });
    expect(editKeyAction({ key: 'Tab' }, 9, 10)).toEqual({ type: 'commit', next: 'leave' });
  });

  it('cancel with Escape and leave every other key to the editor', () => {
    expect(editKeyAction({ key: 'Escape' }, 2, 10)).toEqual({ type: 'cancel' });
    expect(editKeyAction({ key: 'ArrowLeft' }, 2, 10)).toEqual({ type: 'none' });
    expect(editKeyAction({ key: 'x' }, 2, 10)).toEqual({ type: 'none' });
  });
});
