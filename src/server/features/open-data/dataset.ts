import type { Tx } from '../../db/client.ts';
import { plainDecimal } from '../indicators/decimal.ts';

/**
 * What an open-data dataset is: a table of a plan with named, typed, described columns. The column names
 * are stable identifiers (the same in every language); titles and descriptions come in Indonesian and
 * English. The types say how a value is written: `decimal` is exact decimal text (rupiah, indicator
 * values), never a binary float.
 */

export const OPEN_DATA_LANGUAGES = ['id', 'en'] as const;
export type OpenDataLanguage = (typeof OPEN_DATA_LANGUAGES)[number];

export const DATASET_NAMES = ['programmes', 'indicators', 'budgets'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const COLUMN_TYPES = ['string', 'integer', 'decimal', 'boolean', 'datetime'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export type Words = Record<OpenDataLanguage, string>;

export interface Column {
  name: string;
  type: ColumnType;
  description: Words;
}

/** A cell as read: text, a whole number, an exact decimal as text, a yes/no, or nothing. */
export type Cell = string | number | boolean | null;
export type DataRow = Record<string, Cell>;

/** The plan a dataset is cut from, as every dataset needs it. */
export interface PlanFrame {
  id: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  regionId: string;
  regionName: string;
}

export interface Dataset {
  name: DatasetName;
  title: Words;
  description: Words;
  /** The columns, in file order; some depend on the plan (a target column per year of its period). */
  columns: (plan: PlanFrame) => Column[];
  /** The rows, each keyed by column name, in a stable order. */
  rows: (tx: Tx, plan: PlanFrame) => Promise<DataRow[]>;
}

export const column = (name: string, type: ColumnType, id: string, en: string): Column => ({
  name,
  type,
  description: { id, en },
});

/** `a; b; c`: a list in one cell, readable in a spreadsheet and split easily by a program. */
export const joinList = (items: readonly string[]) => items.join('; ');

/** `12.500000` → `12.5`: indicator values without the database's padding. */
export const decimalCell = (value: string | null) => (value === null ? null : plainDecimal(value));
