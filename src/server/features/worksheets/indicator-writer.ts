import { recordAudit } from '../../db/audit.ts';
import { planIndicatorSnapshot, presentPlanIndicator } from '../indicators/plan-indicator-presenter.ts';
import {
  insertPlanIndicatorRow,
  loadPlanIndicator,
  PLAN_INDICATOR_ENTITY,
  replaceLists,
  touchPlanIndicatorRow,
} from '../indicators/repository.ts';
import type { ImportContext } from './import-context.ts';
import type { IndicatorChange } from './indicator-rows.ts';

/**
 * Writes the indicators a worksheet adds or changes through the indicators feature's repository, one by
 * one (a plan selects tens of indicators, not thousands), each audited with its snapshot as the
 * indicator routes audit it.
 */
export async function writeIndicators(ctx: ImportContext, changes: IndicatorChange[]) {
  const { tx, planId } = ctx;
  const snapshotOf = async (id: string) => {
    const record = await loadPlanIndicator(tx, id);
    return record ? planIndicatorSnapshot(presentPlanIndicator(record)) : null;
  };
  for (const change of changes) {
    let id: string;
    if (change.before) {
      id = change.before.id;
      await touchPlanIndicatorRow(tx, id, change.columns);
    } else id = await insertPlanIndicatorRow(tx, { planId, catalogId: change.catalog.id, ...change.columns });
    await replaceLists(tx, id, { targets: change.targets });
    await recordAudit(tx, {
      actor: ctx.importer.actor,
      action: change.kind,
      entity: PLAN_INDICATOR_ENTITY,
      entityId: id,
      planId,
      regionId: ctx.state.plan.regionId,
      before: change.before ? planIndicatorSnapshot(change.before) : null,
      after: await snapshotOf(id),
    });
  }
}
