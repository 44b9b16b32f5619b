import { randomUUID } from 'node:crypto';
import { eq, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/server/db/client.ts';
import * as s from '../../src/server/db/schema/index.ts';
import { DEFAULT_PILLARS, INDICATOR_CRITERIA, READINESS_ASPECTS } from '../../src/shared/domain.ts';

const insert = async (db: Db, table: PgTable, rows: Record<string, unknown>[]) => {
  for (let i = 0; i < rows.length; i += 500) await db.insert(table).values(rows.slice(i, i + 500) as never);
};

/**
 * A big plan for the document benchmark, written straight to the tables of a region that already has its
 * OPDs (the demo's): the six default pillars and 18 elements, a full readiness matrix, five missions,
 * `programmes` action programmes spread over every element, each budgeted every year of its span from
 * two sources with yearly targets, and 40 indicators assessed on all six criteria.
 */
export async function seedSyntheticPlan(db: Db, regionId: string, programmes: number) {
  const planId = randomUUID();
  const [start, end] = [2025, 2034];
  await db.insert(s.plans).values({
    id: planId,
    regionId,
    title: `Masterplan Smart City (${programmes} program aksi)`,
    periodStart: start,
    periodEnd: end,
    status: 'review',
    currentPhase: 4,
    vision: 'Daerah cerdas yang melayani, berdaya saing dan lestari',
  });
  const missionIds = [1, 2, 3, 4, 5].map(() => randomUUID());
  await insert(
    db,
    s.missions,
    missionIds.map((id, i) => ({
      id,
      planId,
      ordinal: i + 1,
      text: `Misi ${i + 1}`,
      rpjmdMission: `Misi ${i + 1} RPJMD`,
    })),
  );
  await insert(
    db,
    s.goals,
    missionIds.map((missionId, i) => ({ planId, missionId, ordinal: i + 1, text: `Tujuan ${i + 1}` })),
  );
  const elementIds: { pillarId: string; elementId: string; prefix: string }[] = [];
  for (const [p, pillar] of DEFAULT_PILLARS.entries()) {
    const pillarId = randomUUID();
    await db.insert(s.pillars).values({
      id: pillarId,
      planId,
      key: pillar.key,
      ordinal: p + 1,
      nameId: pillar.nameId,
      nameEn: pillar.nameEn,
    });
    for (const [e, element] of pillar.elements.entries()) {
      const elementId = randomUUID();
      await db.insert(s.elements).values({
        id: elementId,
        planId,
        pillarId,
        key: element.key,
        ordinal: e + 1,
        nameId: element.nameId,
        nameEn: element.nameEn,
      });
      elementIds.push({ pillarId, elementId, prefix: pillar.codePrefix });
    }
    await insert(
      db,
      s.readinessScores,
      READINESS_ASPECTS.map((aspect, a) => ({
        planId,
        pillarId,
        aspect,
        score: ((p + a) % 5) + 1,
        strengths: 'Kekuatan',
        weaknesses: 'Kelemahan',
        opportunities: 'Peluang',
        threats: 'Ancaman',
        evidence: 'Bukti',
      })),
    );
    await insert(
      db,
      s.strategies,
      [1, 2].map((ordinal) => ({ planId, pillarId, ordinal, text: `Strategi ${ordinal}` })),
    );
  }
  const opds = await db
    .select({ id: s.opdUnits.id })
    .from(s.opdUnits)
    .where(eq(s.opdUnits.regionId, regionId));
  if (opds.length < 2) throw new Error('the region needs OPDs for a synthetic plan');
  const rows: Record<string, unknown>[] = [];
  const budgets: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const supporting: Record<string, unknown>[] = [];
  for (let i = 0; i < programmes; i++) {
    const id = randomUUID();
    const place = elementIds[i % elementIds.length] as (typeof elementIds)[number];
    const first = start + (i % 4);
    const last = Math.min(end, first + (i % 3 === 0 ? 0 : 4 + (i % 5)));
    rows.push({
      id,
      planId,
      pillarId: place.pillarId,
      elementId: place.elementId,
      code: `${place.prefix}-${String(i + 1).padStart(3, '0')}`,
      title: `Program aksi ${i + 1}: layanan digital terpadu untuk masyarakat`,
      description: 'Uraian program aksi yang disusun dalam Bimtek II bersama OPD pengampu.',
      leadOpdId: (opds[i % opds.length] as { id: string }).id,
      missionId: missionIds[i % missionIds.length],
      rpjmdProgram: 'Program RPJMD',
      horizon: first === last ? 1 : 5,
      startYear: first,
      endYear: last,
      isQuickWin: i % 7 === 0,
      innovation: 'Inovasi layanan',
      output: 'Keluaran program',
      outcome: 'Hasil program',
      reviewStatus: 'accepted',
    });
    supporting.push({ programId: id, opdId: (opds[(i + 1) % opds.length] as { id: string }).id });
    for (let year = first; year <= last; year++) {
      budgets.push({ programId: id, year, source: 'apbd', amount: `${150_000_000 + i * 1000}.00` });
      if (i % 2 === 0) budgets.push({ programId: id, year, source: 'apbn_dak', amount: '75000000.00' });
    }
    targets.push({ programId: id, year: first, target: 'Target tahun pertama' });
    if (last > first) targets.push({ programId: id, year: last, target: 'Target akhir' });
  }
  await insert(db, s.programs, rows);
  await insert(db, s.programSupportingOpds, supporting);
  await insert(db, s.programBudgets, budgets);
  await insert(db, s.programTargets, targets);

  const catalogue = await db
    .select({ id: s.indicatorCatalog.id })
    .from(s.indicatorCatalog)
    .where(isNull(s.indicatorCatalog.regionId))
    .limit(40);
  const indicators = catalogue.map((c, i) => ({
    id: randomUUID(),
    planId,
    catalogId: c.id,
    pillarId: (elementIds[(i * 3) % elementIds.length] as (typeof elementIds)[number]).pillarId,
    producerOpdId: (opds[i % opds.length] as { id: string }).id,
    baselineYear: start - 1,
    baselineValue: '10',
  }));
  await insert(db, s.planIndicators, indicators);
  await insert(
    db,
    s.indicatorTargets,
    indicators.flatMap((x) => [start + 2, end].map((year) => ({ planIndicatorId: x.id, year, value: '20' }))),
  );
  await insert(
    db,
    s.indicatorAssessments,
    indicators.flatMap((x, i) =>
      INDICATOR_CRITERIA.map((criterion, k) => ({
        planIndicatorId: x.id,
        criterion,
        score: ((i + k) % 5) + 1,
      })),
    ),
  );
  return planId;
}
