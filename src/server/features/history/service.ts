import type { z } from 'zod';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { findById, presentRow, type RecordTable, type Row, updateRecord } from '../../db/records.ts';
import { indicatorCatalog, planIndicators } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { programs } from '../../db/schema/program.ts';
import { conflict, type FieldError, invalid, invalidField, notFound, staleVersion } from '../../errors.ts';
import { indicatorSeenBy } from '../indicators/measurement-viewer.ts';
import { planIndicatorSnapshot } from '../indicators/plan-indicator-presenter.ts';
import { getPlanIndicator, selectionErrors } from '../indicators/plan-indicator-service.ts';
import {
  insertPlanIndicatorRow,
  lockPlanIndicatorRow,
  PLAN_INDICATOR_ENTITY,
  replaceLists,
  selectionOf,
  touchPlanIndicatorRow,
} from '../indicators/repository.ts';
import { PlanIndicatorCreate } from '../indicators/schema.ts';
import { PlanUpdate } from '../plans/schema.ts';
import { planTransitionErrors } from '../plans/service.ts';
import { codeTaken, progressYears } from '../programs/lookup-repository.ts';
import { insertProgram, lockProgram, updateProgramRow, writeLists } from '../programs/repository.ts';
import { programErrors } from '../programs/rules.ts';
import { ProgramCreate } from '../programs/schema.ts';
import { getProgram } from '../programs/service.ts';
import { mixedHistory, type RawEntry, recordHistory, snapshotOf, versionOf } from './changed-fields.ts';
import { findEntry, latestEntry, planEntries, recordEntries } from './repository.ts';
import type { RestoreBody } from './schema.ts';

/** The entity names the features write into the audit log, and how a message names the record. */
const PROGRAM = { entity: 'program', label: 'program', table: programs };
const PLAN_INDICATOR = { entity: PLAN_INDICATOR_ENTITY, label: 'plan indicator', table: planIndicators };
const PLAN = { entity: 'plan', label: 'plan', table: plans };
type Kind = { entity: string; label: string; table: RecordTable };

interface Page {
  limit: number;
  offset: number;
}

// ------------------------------------------------------------------------------------------------ history

/** The versions of one record, newest first; a deleted record's history stays readable. */
async function historyOf(db: Db, kind: Kind, id: string, { limit, offset }: Page) {
  const { entries, older, total } = await recordEntries(db, kind.entity, id, limit, offset);
  if (total === 0 && !(await findById(db, kind.table, id))) throw notFound(kind.label, id);
  return { items: recordHistory(entries, older), total, limit, offset };
}

export const programHistory = (db: Db, id: string, page: Page) => historyOf(db, PROGRAM, id, page);
export const planIndicatorHistory = (db: Db, id: string, page: Page) =>
  historyOf(db, PLAN_INDICATOR, id, page);

export async function planHistory(db: Db, id: string, query: Page & { scope: 'record' | 'all' }) {
  if (query.scope === 'record') return historyOf(db, PLAN, id, query);
  const { limit, offset } = query;
  const { entries, total } = await planEntries(db, id, limit, offset);
  if (total === 0 && !(await findById(db, plans, id))) throw notFound(PLAN.label, id);
  return { items: mixedHistory(entries), total, limit, offset };
}

// ------------------------------------------------------------------------------------------------ restore

const restoring = (errors: FieldError[]) =>
  invalid(errors.map((e) => ({ ...e, message: `${e.message} (in the version being restored)` })));

/**
 * The version to bring back: what the entry left behind, or what a deletion removed. The entry must be
 * one of this record's, and the record must exist or have existed.
 */
async function versionToRestore(tx: Tx, kind: Kind, id: string, exists: boolean, auditId: number) {
  const latest = await latestEntry(tx, kind.entity, id);
  if (!exists && !latest) throw notFound(kind.label, id);
  const entry = await findEntry(tx, kind.entity, id, auditId);
  if (!entry) throw invalidField('auditId', `is not an audit entry of this ${kind.label}`);
  const snapshot = snapshotOf(entry);
  if (!snapshot) throw invalidField('auditId', `records no version of this ${kind.label}`);
  return { snapshot, latest: latest as RawEntry };
}

/**
 * Run a snapshot through the schema a normal write uses, so that a version valid under older rules
 * is refused the same way a client's body would be.
 */
function parseSnapshot<S extends z.ZodObject>(schema: S, snapshot: Row): z.output<S> {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).flatMap((k) => (k in snapshot ? [[k, snapshot[k]]] : [])),
  );
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw restoring(
    parsed.error.issues.map((i) => ({
      field: i.path.join('.') || 'auditId',
      in: 'body',
      message: i.message,
    })),
  );
}

/** A re-created record continues the numbering of the one that was deleted. */
const nextVersion = (latest: RawEntry) => (versionOf(snapshotOf(latest)) ?? 0) + 1;

async function planOfRestored(tx: Tx, planId: unknown, label: string) {
  const plan = typeof planId === 'string' ? await findById(tx, plans, planId) : undefined;
  if (!plan) throw conflict(`The plan of this ${label} no longer exists, so it cannot be restored`);
  return plan;
}

interface Write {
  db: Db;
  actor: string;
}

/**
 * Bring a programme back to an earlier version with exactly the lists that version had. A deleted one
 * is re-created under its own id. The review status is the reviews' verdict, not content: it stays as
 * it is, and a re-created programme (whose reviews went with it) starts pending again.
 */
export function restoreProgram({ db, actor }: Write, id: string, body: RestoreBody) {
  return db.transaction(async (tx) => {
    const row = await lockProgram(tx, id);
    const { snapshot, latest } = await versionToRestore(tx, PROGRAM, id, Boolean(row), body.auditId);
    const before = row ? await getProgram(tx, id) : null;
    if (before && body.version !== undefined && body.version !== before.version)
      throw staleVersion(PROGRAM.entity, before);
    const plan = await planOfRestored(tx, before?.planId ?? snapshot.planId, 'programme');
    const planId = plan.id as string;

    const fields = parseSnapshot(ProgramCreate, snapshot);
    const { supportingOpdIds, kecamatanIds, budgets, targets, code, ...columns } = fields;
    if (code === undefined) throw restoring([{ field: 'code', in: 'body', message: 'is missing' }]);
    const errors = await programErrors(tx, {
      plan: {
        id: planId,
        regionId: plan.regionId as string,
        periodStart: plan.periodStart as number,
        periodEnd: plan.periodEnd as number,
      },
      candidate: fields,
      given: { budgets: true, targets: true },
      progressYears: before ? await progressYears(tx, id) : [],
    });
    if (errors.length > 0) throw restoring(errors);
    if (await codeTaken(tx, planId, code, id))
      throw conflict(`The code ${code} is now used by another programme of this plan`, { fields: ['code'] });

    const values = { ...columns, code, planId };
    if (before) await updateProgramRow(tx, id, values);
    else await insertProgram(tx, { ...values, id, version: nextVersion(latest) });
    await writeLists(tx, id, { supportingOpdIds, kecamatanIds, budgets, targets });
    const after = await getProgram(tx, id);
    await recordAudit(tx, {
      actor,
      action: 'restore',
      entity: PROGRAM.entity,
      entityId: id,
      planId,
      regionId: plan.regionId as string,
      before,
      after,
    });
    return after;
  });
}

/** The audit snapshot of a selection: what was written, without its measurement and derived judgements. */
const selectionSnapshot = planIndicatorSnapshot;

/** Bring a plan indicator back to an earlier version with its targets, assessment, availability and links. */
export function restorePlanIndicator({ db, actor }: Write, id: string, body: RestoreBody) {
  return db.transaction(async (tx) => {
    const row = await lockPlanIndicatorRow(tx, id);
    const { snapshot, latest } = await versionToRestore(tx, PLAN_INDICATOR, id, Boolean(row), body.auditId);
    // A transaction has the database's query surface: the read joins this one.
    const current = row ? await getPlanIndicator(tx, id) : null;
    if (current && body.version !== undefined && body.version !== current.version)
      throw staleVersion(PLAN_INDICATOR.entity, indicatorSeenBy(current, actor));
    const plan = await planOfRestored(tx, row?.planId ?? snapshot.planId, PLAN_INDICATOR.label);
    const planId = plan.id as string;

    const fields = parseSnapshot(PlanIndicatorCreate, snapshot);
    const { catalogId, targets, assessments, availability, programIds, ...columns } = fields;
    const catalog = await findById(tx, indicatorCatalog, row?.catalogId ?? catalogId);
    if (!catalog)
      throw restoring([
        { field: 'catalogId', in: 'body', message: 'is no longer an indicator of the catalogue' },
      ]);
    const errors = await selectionErrors(tx, plan, catalog, {
      elementId: null,
      producerOpdId: null,
      baselineYear: null,
      baselineValue: null,
      ...columns,
      targets,
      availability,
      programIds,
    });
    if (errors.length > 0) throw restoring(errors);
    const selected = await selectionOf(tx, planId, catalog.id as string);
    if (selected !== undefined && selected !== id)
      throw conflict(`This plan has selected indicator ${catalog.code} again since`, {
        fields: ['catalogId'],
      });

    const values = { ...columns, planId, catalogId: catalog.id as string };
    if (row) await touchPlanIndicatorRow(tx, id, values);
    else await insertPlanIndicatorRow(tx, { ...values, id, version: nextVersion(latest) });
    await replaceLists(tx, id, { targets, assessments, availability, programIds });
    const after = await getPlanIndicator(tx, id);
    await recordAudit(tx, {
      actor,
      action: 'restore',
      entity: PLAN_INDICATOR.entity,
      entityId: id,
      planId,
      regionId: plan.regionId as string,
      before: current ? selectionSnapshot(current) : null,
      after: selectionSnapshot(after),
    });
    return after;
  });
}

/**
 * Bring a plan's own fields back to an earlier version; its content (pillars, programmes…) keeps its
 * own history. The status still moves only as the plan workflow allows.
 */
export function restorePlan({ db, actor }: Write, id: string, body: RestoreBody) {
  return db.transaction(async (tx) => {
    const existing = await findById(tx, plans, id, true);
    const { snapshot } = await versionToRestore(tx, PLAN, id, Boolean(existing), body.auditId);
    if (!existing)
      throw conflict(
        'This plan was deleted with all its content; bring it back by importing an export of it',
      );
    if (body.version !== undefined && body.version !== existing.version)
      throw staleVersion(PLAN.entity, presentRow(plans, existing));
    const changes = parseSnapshot(PlanUpdate, snapshot);
    const errors = planTransitionErrors({ ...existing, ...changes }, existing);
    if (errors.length > 0) throw restoring(errors);
    return updateRecord(
      {
        tx,
        actor,
        entity: PLAN.entity,
        scope: { planId: id, regionId: existing.regionId as string },
      },
      plans,
      existing,
      changes,
      undefined,
      'restore',
    );
  });
}
