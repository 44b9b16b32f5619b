import { FUNDING_SOURCES, type ProgramHorizon } from '../../../../shared/domain.ts';
import { sameValue } from '../../../lib/merge.ts';
import type { Program, ProgramUpdate } from './api.ts';
import { amountForApi, type BudgetGrid, yearOf, yearsBetween } from './budget-grid.ts';

/**
 * The programme as the form holds it: texts as typed ('' for none), selects as their string values,
 * the yearly lists as grids keyed by year, so that a cell keeps its input while the years move.
 */
export interface ProgramFormValues {
  code: string;
  title: string;
  description: string;
  pillarId: string | null;
  elementId: string | null;
  leadOpdId: string | null;
  supportingOpdIds: string[];
  missionId: string | null;
  rpjmdProgram: string;
  renstraProgram: string;
  horizon: string | null;
  startYear: string | null;
  endYear: string | null;
  isQuickWin: boolean;
  innovation: string;
  output: string;
  outcome: string;
  kecamatanIds: string[];
  budgets: BudgetGrid;
  targets: Record<string, string>;
}

/** Every field the form edits, in the API's own shape: what is compared, merged and sent. */
export type ProgramFields = Required<Omit<ProgramUpdate, 'version'>>;
export type ProgramFieldName = keyof ProgramFields;

/** The fields in the order the form shows them (the conflict dialog and the history use it too). */
export const PROGRAM_FIELDS = [
  'code',
  'title',
  'description',
  'pillarId',
  'elementId',
  'leadOpdId',
  'supportingOpdIds',
  'missionId',
  'rpjmdProgram',
  'renstraProgram',
  'horizon',
  'startYear',
  'endYear',
  'isQuickWin',
  'innovation',
  'output',
  'outcome',
  'kecamatanIds',
  'budgets',
  'targets',
] as const satisfies readonly ProgramFieldName[];

export function formValuesOf(program: Program): ProgramFormValues {
  const budgets: BudgetGrid = {};
  for (const line of program.budgets) {
    const cells = budgets[line.year] ?? {};
    cells[line.source] = Number(line.amount);
    budgets[line.year] = cells;
  }
  return {
    code: program.code,
    title: program.title,
    description: program.description ?? '',
    pillarId: program.pillarId,
    elementId: program.elementId,
    leadOpdId: program.leadOpdId,
    supportingOpdIds: [...program.supportingOpdIds],
    missionId: program.missionId,
    rpjmdProgram: program.rpjmdProgram ?? '',
    renstraProgram: program.renstraProgram ?? '',
    horizon: String(program.horizon),
    startYear: String(program.startYear),
    endYear: String(program.endYear),
    isQuickWin: program.isQuickWin,
    innovation: program.innovation ?? '',
    output: program.output ?? '',
    outcome: program.outcome ?? '',
    kecamatanIds: [...program.kecamatanIds],
    budgets,
    targets: Object.fromEntries(program.targets.map((t) => [String(t.year), t.target])),
  };
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());
const sorted = (ids: string[]) => [...ids].sort();

/**
 * The form's values as the API takes them, normalised (trimmed texts, sorted id lists, two-decimal
 * amounts, only the programme's years), so that two versions compare equal exactly when they mean the
 * same. Cells of years outside the programme's years are not sent: moving the years drops them.
 */
export function fieldsOf(values: ProgramFormValues): ProgramFields {
  const startYear = yearOf(values.startYear);
  const endYear = yearOf(values.endYear);
  const years = yearsBetween(startYear, endYear);
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    description: textOrNull(values.description),
    pillarId: values.pillarId ?? '',
    elementId: values.elementId ?? '',
    leadOpdId: values.leadOpdId ?? '',
    supportingOpdIds: sorted(values.supportingOpdIds),
    missionId: values.missionId || null,
    rpjmdProgram: textOrNull(values.rpjmdProgram),
    renstraProgram: textOrNull(values.renstraProgram),
    horizon: Number(values.horizon) as ProgramHorizon,
    startYear: startYear ?? 0,
    endYear: endYear ?? 0,
    isQuickWin: values.isQuickWin,
    innovation: textOrNull(values.innovation),
    output: textOrNull(values.output),
    outcome: textOrNull(values.outcome),
    kecamatanIds: sorted(values.kecamatanIds),
    budgets: years.flatMap((year) =>
      FUNDING_SOURCES.flatMap((source) => {
        const amount = amountForApi(values.budgets[year]?.[source]);
        return amount === null ? [] : [{ year, source, amount }];
      }),
    ),
    targets: years.flatMap((year) => {
      const target = values.targets[year]?.trim() ?? '';
      return target ? [{ year, target }] : [];
    }),
  };
}

/** The fields of `after` that differ from `before`: what a save sends. */
export function changedFields(before: ProgramFields, after: ProgramFields): Partial<ProgramFields> {
  const changes: Partial<Record<ProgramFieldName, unknown>> = {};
  for (const name of PROGRAM_FIELDS) if (!sameValue(before[name], after[name])) changes[name] = after[name];
  return changes as Partial<ProgramFields>;
}
