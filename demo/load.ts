import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';
import { regions } from '../src/server/db/schema/region.ts';
import { seedStarterCatalog } from '../src/server/features/indicators/starter-catalog.ts';
import { LAKE_TOBA_REGIONS, SAMOSIR, TAPANULI_UTARA } from './regions.ts';
import {
  SAMOSIR_KECAMATAN,
  SAMOSIR_MISSIONS,
  SAMOSIR_OPDS,
  SAMOSIR_PHASES,
  SAMOSIR_PLAN,
  SAMOSIR_PROGRAMS,
  SAMOSIR_READINESS,
  SAMOSIR_READINESS_ASSESSED_ON,
} from './samosir.ts';
import { loadIndicators } from './steps/indicators.ts';
import { loadOrganisation, need } from './steps/organisation.ts';
import { loadPlan } from './steps/plan.ts';
import { loadPrograms } from './steps/programs.ts';
import { loadKecamatan, loadRegions } from './steps/regions.ts';
import { loadWorkshops } from './steps/workshops.ts';
import { TAPUT_INDICATORS } from './tapanuli-utara/indicators.ts';
import { TAPUT_KECAMATAN } from './tapanuli-utara/kecamatan.ts';
import {
  POSITIONS_SINCE,
  TAPUT_FACILITATOR,
  TAPUT_NAMED_OFFICIALS,
  TAPUT_OPDS,
  TAPUT_REPRESENTATIVE_CHANGES,
} from './tapanuli-utara/organisation.ts';
import {
  TAPUT_MISSIONS,
  TAPUT_PLAN,
  TAPUT_READINESS,
  TAPUT_READINESS_ASSESSED_ON,
  TAPUT_STRATEGIES,
} from './tapanuli-utara/plan.ts';
import { TAPUT_PROGRAMS } from './tapanuli-utara/programs.ts';
import { TAPUT_ABSENCES, TAPUT_PHASES, TAPUT_WORKSHOP_FACILITATORS } from './tapanuli-utara/workshops.ts';
import { DEMO_ACTOR, DemoWriter } from './writer.ts';

export type DemoProgress = (done: number, total: number, label: string) => void;

const STEPS = [
  'Lake Toba regencies',
  'starter indicator catalogue',
  'Tapanuli Utara: kecamatan and OPDs',
  'Tapanuli Utara: master plan',
  'Tapanuli Utara: Bimtek I–IV',
  'Tapanuli Utara: action programmes',
  'Tapanuli Utara: indicators',
  'Samosir: organisation and draft plan',
] as const;

/**
 * Load the demo (Tapanuli Utara with its adopted plan, the other seven Lake Toba regencies, Samosir's
 * draft) into an empty database, in one transaction: it either loads whole or not at all.
 */
export async function loadDemo(
  database: Database,
  options: { onProgress?: DemoProgress } = {},
): Promise<void> {
  let done = 0;
  const step = (label: (typeof STEPS)[number]) => options.onProgress?.(++done, STEPS.length, label);

  await database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(regions);
    if (Number(existing?.n) > 0)
      throw new Error(
        `The demo loads only into an empty database, and this one already has ${existing?.n} region(s).`,
      );
    const w = new DemoWriter(tx, DEMO_ACTOR);

    const regionIds = await loadRegions(w, LAKE_TOBA_REGIONS);
    step('Lake Toba regencies');
    await seedStarterCatalog(tx, DEMO_ACTOR);
    step('starter indicator catalogue');

    const taputId = need(regionIds, TAPANULI_UTARA, 'region');
    const taput = await loadOrganisation(w, {
      regionId: taputId,
      kecamatanIds: await loadKecamatan(w, taputId, TAPANULI_UTARA, TAPUT_KECAMATAN),
      opds: TAPUT_OPDS,
      since: POSITIONS_SINCE,
      nameSalt: 0,
      changes: TAPUT_REPRESENTATIVE_CHANGES,
      officials: TAPUT_NAMED_OFFICIALS,
    });
    step('Tapanuli Utara: kecamatan and OPDs');
    const taputPlan = await loadPlan(w, {
      regionId: taputId,
      plan: TAPUT_PLAN,
      missions: TAPUT_MISSIONS,
      readiness: Object.entries(TAPUT_READINESS).flatMap(([pillar, aspects]) =>
        Object.entries(aspects).map(([aspect, r]) => ({
          pillar,
          aspect: aspect as keyof typeof aspects,
          ...r,
        })),
      ),
      assessedOn: TAPUT_READINESS_ASSESSED_ON,
      strategies: TAPUT_STRATEGIES,
    });
    step('Tapanuli Utara: master plan');
    await loadWorkshops(w, taput, taputPlan, {
      phases: TAPUT_PHASES,
      facilitators: TAPUT_WORKSHOP_FACILITATORS,
      absences: TAPUT_ABSENCES,
    });
    step('Tapanuli Utara: Bimtek I–IV');
    const programIds = await loadPrograms(w, taput, taputPlan, {
      programs: TAPUT_PROGRAMS,
      reviewer: TAPUT_FACILITATOR,
      acceptedOn: TAPUT_PHASES[3]?.startsOn ?? '2021-11-18',
      progressThrough: 2025,
    });
    step('Tapanuli Utara: action programmes');
    await loadIndicators(w, taput, taputPlan, {
      indicators: TAPUT_INDICATORS,
      programIds,
      measuredThrough: 2025,
      verifier: 'BAPPEDA',
      verifierStandIn: 'DISKOMINFO',
    });
    step('Tapanuli Utara: indicators');

    const samosirId = need(regionIds, SAMOSIR, 'region');
    const samosir = await loadOrganisation(w, {
      regionId: samosirId,
      kecamatanIds: await loadKecamatan(
        w,
        samosirId,
        SAMOSIR,
        SAMOSIR_KECAMATAN.map((name) => ({ name })),
      ),
      opds: SAMOSIR_OPDS,
      since: '2024-03-01',
      nameSalt: 5,
    });
    const samosirPlan = await loadPlan(w, {
      regionId: samosirId,
      plan: SAMOSIR_PLAN,
      missions: SAMOSIR_MISSIONS.map((text) => ({ text })),
      readiness: SAMOSIR_READINESS.map(({ note, ...r }) => ({ ...r, weaknesses: note })),
      assessedOn: SAMOSIR_READINESS_ASSESSED_ON,
    });
    await loadWorkshops(w, samosir, samosirPlan, {
      phases: SAMOSIR_PHASES,
      facilitators: 'Tim narasumber Kementerian Komunikasi dan Digital',
    });
    await loadPrograms(w, samosir, samosirPlan, { programs: SAMOSIR_PROGRAMS });
    step('Samosir: organisation and draft plan');
  });
}
