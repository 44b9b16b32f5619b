import { randomUUID } from 'node:crypto';
import type { PgTable } from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES, INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import * as s from '../../db/schema/index.ts';

/**
 * Test data written straight through Drizzle (not the API), with a row in every table a plan export
 * covers and values in every nullable column, so that a round trip that drops anything shows.
 */

export interface Organisation {
  regionId: string;
  kecamatanIds: string[];
  opdIds: string[];
  personIds: string[];
  catalogueIds: string[];
}

const insert = async (db: Db, table: PgTable, rows: Row[]) => {
  for (let i = 0; i < rows.length; i += 500) await db.insert(table).values(rows.slice(i, i + 500) as never);
};

export async function seedOrganisation(db: Db, code = '12.02'): Promise<Organisation> {
  const regionId = randomUUID();
  await db.insert(s.regions).values({
    id: regionId,
    code,
    name: `Kabupaten Uji ${code}`,
    kind: 'kabupaten',
    province: 'Sumatera Utara',
    capital: 'Tarutung',
    population: 312758,
    populationYear: 2020,
    areaKm2: '3793.71',
    desaCount: 241,
    kelurahanCount: 11,
  });
  const kecamatanIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.kecamatan,
    kecamatanIds.map((id, i) => ({
      id,
      regionId,
      code: `${code}.0${i + 1}`,
      name: `Kecamatan ${i + 1}`,
      population: 40000 + i,
      areaKm2: '107.68',
    })),
  );
  const opdIds = [randomUUID(), randomUUID(), randomUUID()];
  await insert(db, s.opdUnits, [
    { id: opdIds[0], regionId, code: 'DISKOMINFO', name: 'Dinas Kominfo', type: 'office' },
    { id: opdIds[1], regionId, code: 'BAPPEDA', name: 'Bappeda', type: 'agency', active: false },
    {
      id: opdIds[2],
      regionId,
      code: 'KEC-1',
      name: 'Kantor Camat 1',
      type: 'kecamatan',
      kecamatanId: kecamatanIds[0],
    },
  ]);
  const personIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.people,
    personIds.map((id, i) => ({
      id,
      regionId,
      fullName: `Peserta ${i}`,
      email: `p${i}@example.id`,
      phone: '0812',
    })),
  );
  await insert(db, s.positions, [
    {
      personId: personIds[0],
      opdId: opdIds[0],
      title: 'Sekretaris',
      role: 'secretary',
      startDate: '2020-01-01',
      endDate: '2023-12-31',
    },
    { personId: personIds[1], opdId: opdIds[1], title: 'Kepala Bidang', role: 'program_head' },
  ]);
  const catalogueIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await insert(
    db,
    s.indicatorCatalog,
    catalogueIds.map((id, i) => ({
      id,
      regionId: i === 2 ? regionId : null,
      code: `T-${code}-${i}`,
      source: i === 2 ? 'local' : 'iso37122',
      reference: `5.${i}`,
      theme: 'governance',
      nameId: `Indikator ${i}`,
      nameEn: `Indicator ${i}`,
      definitionId: 'Definisi',
      definitionEn: 'Definition',
      unit: '%',
      kind: 'core',
      numeratorLabel: 'n',
      denominatorLabel: 'd',
      numeratorLabelEn: 'n (en)',
      denominatorLabelEn: 'd (en)',
      multiplier: '100',
      minValue: '0',
      maxValue: '100',
      direction: 'increase',
    })),
  );
  return { regionId, kecamatanIds, opdIds, personIds, catalogueIds };
}

const pick = <T>(list: T[], i: number) => list[i % list.length] as T;

/** A plan with `programmes` action programmes and every kind of record under it. */
export async function seedPlan(db: Db, org: Organisation, programmes = 3, title = 'Masterplan Smart City') {
  const planId = randomUUID();
  await db.insert(s.plans).values({
    id: planId,
    regionId: org.regionId,
    title,
    periodStart: 2022,
    periodEnd: 2031,
    status: 'adopted',
    currentPhase: 4,
    vision: 'Visi',
    rpjmdReference: 'RPJMD 2019–2024',
    adoptionInstrument: 'Perbup 12/2022',
    adoptedOn: '2022-03-01',
    version: 3,
  });
  const missionIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.missions,
    missionIds.map((id, i) => ({
      id,
      planId,
      ordinal: i + 1,
      text: `Misi ${i}`,
      rpjmdMission: 'Misi RPJMD',
    })),
  );
  await insert(db, s.goals, [
    { planId, missionId: missionIds[0], ordinal: 1, text: 'Tujuan 1' },
    { planId, missionId: null, ordinal: 2, text: 'Tujuan 2' },
  ]);
  const pillarIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.pillars,
    pillarIds.map((id, i) => ({
      id,
      planId,
      key: `p${i}`,
      ordinal: i + 1,
      nameId: 'Pilar',
      nameEn: 'Pillar',
      description: 'd',
    })),
  );
  const elementIds = [randomUUID(), randomUUID(), randomUUID()];
  await insert(
    db,
    s.elements,
    elementIds.map((id, i) => ({
      id,
      planId,
      pillarId: pillarIds[i === 2 ? 1 : 0],
      key: `e${i}`,
      ordinal: i + 1,
      nameId: 'Elemen',
      nameEn: 'Element',
      description: 'd',
    })),
  );
  await insert(db, s.readinessScores, [
    {
      planId,
      pillarId: pillarIds[0],
      aspect: 'struktur',
      score: 3,
      strengths: 'S',
      weaknesses: 'W',
      opportunities: 'O',
      threats: 'T',
      evidence: 'E',
      assessedOn: '2021-10-01',
    },
  ]);
  await insert(db, s.strategies, [{ planId, pillarId: pillarIds[1], ordinal: 1, text: 'Strategi' }]);

  const programRows: Row[] = [];
  const children: Record<string, Row[]> = {
    supporting: [],
    kec: [],
    budgets: [],
    targets: [],
    reviews: [],
    progress: [],
  };
  for (let i = 0; i < programmes; i++) {
    const id = randomUUID();
    const onSecondPillar = i % 3 === 2;
    programRows.push({
      id,
      planId,
      pillarId: pillarIds[onSecondPillar ? 1 : 0],
      elementId: elementIds[onSecondPillar ? 2 : i % 2],
      code: `GOV-${String(i + 1).padStart(4, '0')}`,
      title: `Program ${i}`,
      description: 'Deskripsi',
      leadOpdId: pick(org.opdIds, i),
      missionId: i % 2 === 0 ? missionIds[0] : null,
      rpjmdProgram: 'RPJMD',
      renstraProgram: 'Renstra',
      horizon: pick([1, 5, 10], i),
      startYear: 2022,
      endYear: 2026,
      isQuickWin: i % 2 === 0,
      innovation: 'Inovasi',
      output: 'Output',
      outcome: 'Outcome',
      reviewStatus: 'accepted',
      version: 2,
    });
    children.supporting?.push({ programId: id, opdId: pick(org.opdIds, i + 1) });
    children.kec?.push({ programId: id, kecamatanId: pick(org.kecamatanIds, i) });
    for (const year of [2022, 2023])
      for (const source of FUNDING_SOURCES.slice(0, 2))
        children.budgets?.push({ programId: id, year, source, amount: `${150000000 + i}.50` });
    children.targets?.push(
      { programId: id, year: 2022, target: 'Target 2022' },
      { programId: id, year: 2023, target: 'T' },
    );
    children.reviews?.push({ programId: id, verdict: 'accepted', comment: 'OK', author: 'Fasilitator' });
    children.progress?.push({
      programId: id,
      year: 2023,
      quarter: 2,
      status: 'running',
      realisationPercent: '45.50',
      budgetRealised: '1000000.00',
      note: 'n',
      evidenceUrl: 'https://example.id/e',
    });
  }
  await insert(db, s.programs, programRows);
  await insert(db, s.programSupportingOpds, children.supporting ?? []);
  await insert(db, s.programKecamatan, children.kec ?? []);
  await insert(db, s.programBudgets, children.budgets ?? []);
  await insert(db, s.programTargets, children.targets ?? []);
  await insert(db, s.programReviews, children.reviews ?? []);
  await insert(db, s.programProgress, children.progress ?? []);

  const indicatorIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.planIndicators,
    indicatorIds.map((id, i) => ({
      id,
      planId,
      catalogId: org.catalogueIds[i + 1],
      pillarId: pillarIds[0],
      elementId: i === 0 ? elementIds[0] : null,
      producerOpdId: i === 0 ? org.opdIds[0] : null,
      frequency: 'quarterly',
      baselineYear: 2021,
      baselineValue: '12.5',
      baselineSource: 'BPS',
    })),
  );
  await insert(db, s.indicatorTargets, [
    { planIndicatorId: indicatorIds[0], year: 2022, value: '20' },
    { planIndicatorId: indicatorIds[0], year: 2023, value: '30.25' },
  ]);
  await insert(
    db,
    s.indicatorAssessments,
    INDICATOR_CRITERIA.map((criterion, i) => ({
      planIndicatorId: indicatorIds[0],
      criterion,
      score: (i % 5) + 1,
      rationale: 'r',
    })),
  );
  await insert(db, s.indicatorDataAvailability, [
    { planIndicatorId: indicatorIds[0], opdId: org.opdIds[0], status: 'produced', note: 'n' },
    { planIndicatorId: indicatorIds[0], opdId: org.opdIds[1], status: 'partial', note: null },
  ]);
  await insert(db, s.planIndicatorPrograms, [
    { planIndicatorId: indicatorIds[0], programId: programRows[0]?.id },
  ]);
  await insert(db, s.indicatorMeasurements, [
    {
      planIndicatorId: indicatorIds[0],
      periodYear: 2022,
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      value: '21.5',
      numerator: '43',
      denominator: '200',
      evidenceUrl: 'https://example.id/m',
      evidenceFile: 'bukti.pdf',
      note: 'n',
      status: 'verified',
      submittedBy: 'a',
      verifiedBy: 'b',
      verifiedAt: '2023-01-15 10:00:00.123456+00',
      rejectionReason: null,
    },
  ]);

  const phaseId = randomUUID();
  await insert(db, s.workshopPhases, [
    {
      id: phaseId,
      planId,
      phase: 1,
      title: 'Bimtek I',
      startsOn: '2021-09-01',
      endsOn: '2021-09-03',
      venue: 'Tarutung',
      facilitators: 'Tim',
      output: 'Buku 1',
    },
  ]);
  const sessionIds = [randomUUID(), randomUUID()];
  await insert(
    db,
    s.workshopSessions,
    sessionIds.map((id, i) => ({
      id,
      phaseId,
      ordinal: i + 1,
      title: `Sesi ${i}`,
      startsAt: '2021-09-01 09:00:00+07',
      endsAt: '2021-09-01 12:00:00.5+07',
      venue: 'Aula',
      agenda: 'Agenda',
      facilitator: 'F',
    })),
  );
  await insert(db, s.attendance, [
    {
      sessionId: sessionIds[0],
      personId: org.personIds[0],
      opdId: org.opdIds[0],
      status: 'late',
      checkedInAt: '2021-09-01 09:10:00+07',
      note: 'n',
    },
    { sessionId: sessionIds[1], personId: org.personIds[1], opdId: org.opdIds[1] },
  ]);
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor: 'fixture',
      action: 'create',
      entity: 'plan',
      entityId: planId,
      planId,
      regionId: org.regionId,
      after: { id: planId, nested: { list: [1, 'two', null] } },
    }),
  );
  return planId;
}
