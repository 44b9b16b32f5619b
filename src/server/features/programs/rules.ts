import type { Db, Tx } from '../../db/client.ts';
import type { FieldError } from '../../errors.ts';
import {
  elementPillar,
  kecamatanOfRegion,
  missionOfPlan,
  opdsOfRegion,
  type PlanFrame,
  pillarOfPlan,
} from './lookup-repository.ts';
import type { BudgetLine, TargetLine } from './repository.ts';

/** A programme as it would be after the write: the stored one with the request's changes applied. */
export interface ProgramCandidate {
  pillarId: string;
  elementId: string;
  leadOpdId: string;
  missionId?: string | null | undefined;
  startYear: number;
  endYear: number;
  supportingOpdIds: string[];
  kecamatanIds: string[];
  budgets: BudgetLine[];
  targets: TargetLine[];
}

export interface RuleInput {
  plan: PlanFrame;
  candidate: ProgramCandidate;
  /**
   * Which lists the request gave. A stored list that a change of years would strand is reported against
   * the year that moved, since the client did not send the list.
   */
  given: { budgets: boolean; targets: boolean };
  /** Years of the progress reports already filed, which must stay inside the programme's years. */
  progressYears: number[];
}

const field = (name: string, message: string): FieldError => ({ field: name, in: 'body', message });

/** Each id at most once and, when `allowed` is given, one of the allowed ones. */
function idListErrors(
  name: string,
  ids: string[],
  allowed: Set<string>,
  notAllowed: string,
  forbidden?: { id: string; message: string },
) {
  const errors: FieldError[] = [];
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const at = `${name}.${i}`;
    const seen = first.get(id);
    if (seen !== undefined) errors.push(field(at, `repeats ${name}.${seen}`));
    else if (forbidden && id === forbidden.id) errors.push(field(at, forbidden.message));
    else if (!allowed.has(id)) errors.push(field(at, notAllowed));
    if (seen === undefined) first.set(id, i);
  });
  return errors;
}

/** Errors for yearly lines: inside the programme years, and each key once. */
function yearlyErrors<T extends { year: number }>(
  name: 'budgets' | 'targets',
  lines: T[],
  /** What a line may not repeat, and how a repeated one is named (worked out only for one). */
  keyOf: (line: T) => string,
  label: (line: T) => string,
  years: { start: number; end: number },
  given: boolean,
) {
  const errors: FieldError[] = [];
  const first = new Map<string, number>();
  const stranded: number[] = [];
  lines.forEach((line, i) => {
    if (line.year < years.start || line.year > years.end) {
      if (given)
        errors.push(
          field(`${name}.${i}.year`, `must be inside the programme years ${years.start}–${years.end}`),
        );
      else stranded.push(line.year);
    }
    const key = keyOf(line);
    const seen = first.get(key);
    if (seen !== undefined)
      errors.push(field(`${name}.${i}.year`, `repeats ${label(line)} of ${name}.${seen}`));
    else first.set(key, i);
  });
  return [...errors, ...strandedErrors(name, stranded, years)];
}

/** A change of years that would leave stored yearly records outside them, named after the year moved. */
function strandedErrors(what: string, stranded: number[], years: { start: number; end: number }) {
  const errors: FieldError[] = [];
  const before = [...new Set(stranded.filter((y) => y < years.start))].sort();
  const after = [...new Set(stranded.filter((y) => y > years.end))].sort();
  if (before.length > 0)
    errors.push(
      field('startYear', `would leave the ${what} of ${before.join(', ')} outside the programme years`),
    );
  if (after.length > 0)
    errors.push(
      field('endYear', `would leave the ${what} of ${after.join(', ')} outside the programme years`),
    );
  return errors;
}

/** What the rules look up in the database; a bulk writer (the worksheet import) finds it in memory. */
export interface RuleLookups {
  /** Whether the candidate's pillar is one of the plan's. */
  pillarOfPlan: boolean;
  /** The pillar the candidate's element belongs to (undefined: no such element). */
  elementPillarId: string | undefined;
  /** Which of the candidate's OPDs (lead and supporting) belong to the plan's region. */
  regionOpds: Set<string>;
  /** Which of the candidate's kecamatan belong to the plan's region. */
  regionKecamatan: Set<string>;
  /** Whether the candidate's mission (when it has one) is one of the plan's. */
  missionOfPlan: boolean;
}

/**
 * Every rule a programme must keep across records: its pillar, element, mission and OPDs belong to its
 * plan and region, and its years sit inside the plan period with its yearly lines inside its years.
 * Returns all the broken rules at once, each against the field the client can fix.
 */
export async function programErrors(db: Db | Tx, input: RuleInput): Promise<FieldError[]> {
  const { plan, candidate: c } = input;
  const [pillar, elementPillarId, regionOpds, regionKecamatan, missionOk] = await Promise.all([
    pillarOfPlan(db, c.pillarId, plan.id),
    elementPillar(db, c.elementId),
    opdsOfRegion(db, [c.leadOpdId, ...c.supportingOpdIds], plan.regionId),
    kecamatanOfRegion(db, c.kecamatanIds, plan.regionId),
    c.missionId ? missionOfPlan(db, c.missionId, plan.id) : Promise.resolve(true),
  ]);
  return programErrorsWith(input, {
    pillarOfPlan: Boolean(pillar),
    elementPillarId,
    regionOpds,
    regionKecamatan,
    missionOfPlan: missionOk,
  });
}

/** The rules of `programErrors` on lookups already made. */
export function programErrorsWith(input: RuleInput, found: RuleLookups): FieldError[] {
  const { plan, candidate: c } = input;
  const errors: FieldError[] = [];
  const opds = found.regionOpds;
  if (!found.pillarOfPlan) errors.push(field('pillarId', 'is not a pillar of this plan'));
  if (found.elementPillarId !== c.pillarId)
    errors.push(field('elementId', 'is not an element of the chosen pillar'));
  if (c.missionId && !found.missionOfPlan) errors.push(field('missionId', 'is not a mission of this plan'));
  const notOfRegion = "is not an OPD of the plan's region";
  if (!opds.has(c.leadOpdId)) errors.push(field('leadOpdId', notOfRegion));
  errors.push(
    ...idListErrors('supportingOpdIds', c.supportingOpdIds, opds, notOfRegion, {
      id: c.leadOpdId,
      message: 'is the lead OPD; list only the supporting ones',
    }),
    ...idListErrors(
      'kecamatanIds',
      c.kecamatanIds,
      found.regionKecamatan,
      "is not a kecamatan of the plan's region",
    ),
  );

  const period = `${plan.periodStart}–${plan.periodEnd}`;
  const inPeriod = (y: number) => y >= plan.periodStart && y <= plan.periodEnd;
  if (!inPeriod(c.startYear)) errors.push(field('startYear', `must be inside the plan period ${period}`));
  if (!inPeriod(c.endYear)) errors.push(field('endYear', `must be inside the plan period ${period}`));
  else if (c.endYear < c.startYear) errors.push(field('endYear', 'must not be before startYear'));
  // Yearly lines are judged against the programme years only once those years make sense.
  if (c.endYear < c.startYear) return errors;

  const years = { start: c.startYear, end: c.endYear };
  errors.push(
    ...yearlyErrors(
      'budgets',
      c.budgets,
      (b) => `${b.year}/${b.source}`,
      (b) => `year ${b.year} with source ${b.source}`,
      years,
      input.given.budgets,
    ),
    ...yearlyErrors(
      'targets',
      c.targets,
      (t) => String(t.year),
      (t) => `year ${t.year}`,
      years,
      input.given.targets,
    ),
    ...strandedErrors(
      'progress reports',
      input.progressYears.filter((y) => y < years.start || y > years.end),
      years,
    ),
  );
  return errors;
}
