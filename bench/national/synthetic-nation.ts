/**
 * A synthetic nation for the national benchmark: every regency and city of Indonesia (514) with its OPDs
 * and one smart city master plan each — the six default pillars and their elements, a full readiness
 * matrix, action programmes budgeted per year and funding source, indicator selections from the starter
 * catalogue with yearly targets and a year of quarterly measurements.
 *
 * Rows are made inside the database (`INSERT … SELECT … FROM generate_series(…)`), one statement per table
 * per batch of regions, each batch in a transaction of its own; nothing is built row by row in JavaScript.
 * Every value is a function of the row's indices (ids are md5 hashes shaped as version-4 UUIDs), so two runs
 * of one size write the same rows. Every value keeps the schema's CHECKs and foreign keys and the
 * application's own rules (OPDs of the plan's region, elements of the programme's pillar, years inside the
 * plan period, indicator values inside the catalogue entry's bounds): the data read back through the API
 * as a regency's own would.
 *
 * The database must be migrated and hold no regions yet (the ids and region codes would collide).
 */
import { getTableColumns, getTableName, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../../src/server/db/client.ts';
import * as s from '../../src/server/db/schema/index.ts';
import { addMissingStarterEntries } from '../../src/server/features/indicators/starter-seeding.ts';
import {
  DEFAULT_PILLARS,
  type FundingSource,
  PLAN_MAX_YEARS,
  type PlanStatus,
  PUBLIC_PLAN_STATUSES,
  READINESS_ASPECTS,
} from '../../src/shared/domain.ts';

export interface NationSize {
  regions: number;
  opdsPerRegion: number;
  programsPerPlan: number;
  indicatorsPerPlan: number;
  targetYears: number;
  measurementQuarters: number;
}

/** Indonesia: 514 regencies and cities, each with a big regency's plan. */
export const FULL_NATION: NationSize = {
  regions: 514,
  opdsPerRegion: 30,
  programsPerPlan: 150,
  indicatorsPerPlan: 100,
  targetYears: 10,
  measurementQuarters: 4,
};

/** Fewer regions, the same plans: per-plan latencies compare with the full nation's. */
export const QUICK_NATION: NationSize = { ...FULL_NATION, regions: 40 };

export interface NationFacts {
  /** Every region made, in the order of its index. */
  regionIds: string[];
  /** Every plan made, in the order of its region. */
  planIds: string[];
  /** a published plan used for workshop and dashboard load */
  workshopPlanId: string;
  workshopRegionId: string;
  /** Rows in each table written, by table name, counted after the fill. */
  rows: Record<string, number>;
  seconds: number;
}

/** Every plan spans the longest period allowed, 2025–2034. */
export const PLAN_START = 2025;
export const PLAN_END = PLAN_START + PLAN_MAX_YEARS - 1;
/** Each programme runs five consecutive years inside the plan period. */
export const PROGRAM_YEARS = 5;
/** The year the quarterly measurements are for: the plan's first. */
export const MEASURED_YEAR = PLAN_START;
/** Regions per batch: one transaction and one progress report each. */
const BATCH = 50;
const ACTOR = 'synthetic-nation';

/** Statuses by region index, repeating: eight in ten plans are published, one in review, one a draft. */
const STATUS_CYCLE: readonly PlanStatus[] = [
  'adopted',
  'implementing',
  'draft',
  'implementing',
  'adopted',
  'review',
  'implementing',
  'adopted',
  'implementing',
  'adopted',
];
/** Every 64th region has no plan yet. */
const NO_PLAN_EVERY = 64;
/** A programme's second funding source (every other programme has one), by programme index. */
const SECOND_SOURCES: readonly FundingSource[] = ['apbd_provinsi', 'apbn_dak', 'csr', 'kpbu'];
const REGIONS_PER_PROVINCE = 20;
/** The last four regions of each province are cities (kota): about one in five, as in Indonesia. */
const KABUPATEN_PER_PROVINCE = 16;

/** A regency's usual OPDs; a region asked for more gets technical units (UPT-031…) after them. */
const OPDS: readonly { code: string; name: string; type: (typeof s.opdUnits.$inferInsert)['type'] }[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', type: 'secretariat' },
  { code: 'SETWAN', name: 'Sekretariat DPRD', type: 'council_secretariat' },
  { code: 'INSPEKTORAT', name: 'Inspektorat Daerah', type: 'inspectorate' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' },
  { code: 'BPKPD', name: 'Badan Pengelolaan Keuangan dan Pendapatan Daerah', type: 'agency' },
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', type: 'agency' },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', type: 'agency' },
  { code: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', type: 'agency' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', type: 'office' },
  { code: 'DINKES', name: 'Dinas Kesehatan', type: 'office' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', type: 'office' },
  { code: 'DISPERKIM', name: 'Dinas Perumahan dan Kawasan Permukiman', type: 'office' },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', type: 'office' },
  { code: 'DINSOS', name: 'Dinas Sosial', type: 'office' },
  { code: 'DISNAKER', name: 'Dinas Tenaga Kerja', type: 'office' },
  { code: 'DP3A', name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', type: 'office' },
  { code: 'DKP', name: 'Dinas Ketahanan Pangan', type: 'office' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'office' },
  { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', type: 'office' },
  { code: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', type: 'office' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'office' },
  { code: 'DISKOPUKM', name: 'Dinas Koperasi dan Usaha Kecil Menengah', type: 'office' },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', type: 'office' },
  { code: 'DISPORA', name: 'Dinas Pemuda dan Olahraga', type: 'office' },
  { code: 'DISPARBUD', name: 'Dinas Pariwisata dan Kebudayaan', type: 'office' },
  { code: 'DISARPUS', name: 'Dinas Perpustakaan dan Kearsipan', type: 'office' },
  { code: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', type: 'office' },
  { code: 'DISTAN', name: 'Dinas Pertanian', type: 'office' },
  { code: 'DISKAN', name: 'Dinas Perikanan', type: 'office' },
];

/** The default elements in plan order, each with its pillar's index: element `e` of a plan. */
const ELEMENTS = DEFAULT_PILLARS.flatMap((pillar, pillarIndex) =>
  pillar.elements.map((element, ordinal) => ({
    ...element,
    pillarIndex,
    ordinal,
    prefix: pillar.codePrefix,
  })),
);

// ——— The rules as plain functions: the SQL below computes the same, the tests compare against these. ———

/** Whether region `index` (0-based) has a plan. */
export const hasPlan = (index: number) => index % NO_PLAN_EVERY !== NO_PLAN_EVERY - 1;
/** The status of region `index`'s plan. */
export const planStatusOf = (index: number) => STATUS_CYCLE[index % STATUS_CYCLE.length] as PlanStatus;
export const isPublished = (status: PlanStatus) => PUBLIC_PLAN_STATUSES.includes(status);
/** The first year of programme `index` of a plan. */
export const programStartYear = (index: number) =>
  PLAN_START + (index % (PLAN_END - PLAN_START + 2 - PROGRAM_YEARS));
/** Rupiah of programme `program` of region `region` in its `yearIndex`-th year from its `sourceIndex`-th source. */
const amountOf = (region: number, program: number, yearIndex: number, sourceIndex: number) =>
  BigInt(25 + ((region * 13 + program * 7 + yearIndex * 3 + sourceIndex * 11) % 476)) * 1_000_000n;

/** The budget lines of programme `program` of region `region`'s plan, amounts in whole rupiah. */
export function budgetLines(region: number, program: number) {
  const second = SECOND_SOURCES[Math.floor(program / 2) % SECOND_SOURCES.length] as FundingSource;
  const sources: FundingSource[] = program % 2 === 0 ? ['apbd', second] : ['apbd'];
  return Array.from({ length: PROGRAM_YEARS }, (_, y) =>
    sources.map((source, k) => ({
      year: programStartYear(program) + y,
      source,
      amount: amountOf(region, program, y, k),
    })),
  ).flat();
}

// ——— SQL building blocks. Every literal below comes from this file's constants or validated integers. ———

const text = (value: string) => sql.raw(`'${value.replaceAll("'", "''")}'`);
const int = (value: number) => sql.raw(String(value));
const textArray = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`);

/** A version-4-shaped UUID from the md5 of a kind and the row's indices: the same row, the same id. */
function uid(kind: string, ...parts: SQL[]): SQL {
  const key = sql.join([text(kind), ...parts.map((p) => sql`(${p})::text`)], sql` || ':' || `);
  return sql`overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;
}

const regionId = (r: SQL) => uid('region', r);
const planId = (r: SQL) => uid('plan', r);
const opdId = (r: SQL, o: SQL) => uid('opd', r, o);
const pillarId = (r: SQL, p: SQL) => uid('pillar', r, p);
const elementId = (r: SQL, e: SQL) => uid('element', r, e);
const programId = (r: SQL, p: SQL) => uid('program', r, p);
const selectionId = (r: SQL, k: SQL) => uid('selection', r, k);

type ColumnKey<T extends PgTable> = keyof T['_']['columns'] & string;

/** `insert into <table> (<columns>) select <values> <from>`, the columns named by their schema keys. */
function insertSelect<T extends PgTable>(
  table: T,
  values: Partial<Record<ColumnKey<T>, SQL>>,
  from: SQL,
  prefix: SQL = sql``,
): SQL {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(values) as ColumnKey<T>[];
  const names = sql.join(
    keys.map((k) => sql.identifier((columns[k] as { name: string }).name)),
    sql`, `,
  );
  const exprs = sql.join(
    keys.map((k) => values[k] as SQL),
    sql`, `,
  );
  return sql`${prefix} insert into ${table} (${names}) select ${exprs} ${from}`;
}

const values = (rows: SQL[][], alias: string) =>
  sql`(values ${sql.join(
    rows.map((row) => sql`(${sql.join(row, sql`, `)})`),
    sql`, `,
  )}) as ${sql.raw(alias)}`;

const elementValues = values(
  ELEMENTS.map((e, i) => [
    int(i),
    int(e.pillarIndex),
    int(e.ordinal + 1),
    text(e.prefix),
    text(e.key),
    text(e.nameId),
    text(e.nameEn),
  ]),
  'el(e, pi, ord, prefix, key, name_id, name_en)',
);

/** The region's name: "Kabupaten Sintetis 001" or "Kota Sintetis 017". */
const regionName = sql`(case when r % ${int(REGIONS_PER_PROVINCE)} >= ${int(KABUPATEN_PER_PROVINCE)}
  then 'Kota Sintetis ' else 'Kabupaten Sintetis ' end || lpad((r + 1)::text, greatest(3, length((r + 1)::text)), '0'))`;
const isKota = sql`(r % ${int(REGIONS_PER_PROVINCE)} >= ${int(KABUPATEN_PER_PROVINCE)})`;
const statusSql = sql`(${textArray(STATUS_CYCLE)})[r % ${int(STATUS_CYCLE.length)} + 1]`;
const publishedSql = sql`(${statusSql} = any(${textArray(PUBLIC_PLAN_STATUSES)}))`;
const hasPlanSql = sql`(r % ${int(NO_PLAN_EVERY)} <> ${int(NO_PLAN_EVERY - 1)})`;

/** The national starter catalogue numbered 0… in code order: selection k of region r takes entry (k + 7r) mod n. */
const catalogue = sql`with cat as (
  select ${s.indicatorCatalog.id} as id, ${s.indicatorCatalog.minValue} as min_value,
    ${s.indicatorCatalog.maxValue} as max_value, ${s.indicatorCatalog.direction} as direction,
    (row_number() over (order by ${s.indicatorCatalog.code}) - 1)::int as n
  from ${s.indicatorCatalog} where ${isNull(s.indicatorCatalog.regionId)})`;

/**
 * The indicator selections of regions [from, to): r, k, the catalogue entry, and its value band — lo/hi
 * (the entry's bounds, or 0 and +1000 where it has none), the baseline inside them and the room the
 * targets move in, up for `increase`, down for `decrease`, none for `maintain`.
 */
const selections = (from: number, to: number, catalogueSize: number, size: NationSize) => sql`
  from generate_series(${int(from)}, ${int(to - 1)}) as r
  cross join generate_series(0, ${int(size.indicatorsPerPlan - 1)}) as k
  join cat on cat.n = (k + r * 7) % ${int(catalogueSize)}
  join ${elementValues} on el.e = k % ${int(ELEMENTS.length)}
  cross join lateral (select coalesce(cat.min_value, 0) as lo,
    coalesce(cat.max_value, coalesce(cat.min_value, 0) + 1000) as hi,
    ((r * 31 + k * 17) % 97) / 97.0 as f) v
  cross join lateral (select round(v.lo + (v.hi - v.lo) * (0.3 + 0.4 * v.f), 2) as base,
    case cat.direction when 'increase' then 1 when 'decrease' then -1 else 0 end as dir) b
  cross join lateral (select case when b.dir > 0 then v.hi - b.base when b.dir < 0 then b.base - v.lo
    else 0 end as room) m`;
const clamp = (value: SQL) => sql`greatest(v.lo, least(v.hi, ${value}))`;

/** The statements that fill regions [from, to), in foreign-key order. */
function batchStatements(from: number, to: number, size: NationSize, catalogueSize: number): SQL[] {
  const r = sql`r`;
  const regionsFrom = sql`from generate_series(${int(from)}, ${int(to - 1)}) as r`;
  const plansFrom = sql`${regionsFrom} where ${hasPlanSql}`;
  const programsFrom = sql`${regionsFrom}
    cross join generate_series(0, ${int(size.programsPerPlan - 1)}) as p
    join ${elementValues} on el.e = p % ${int(ELEMENTS.length)}
    where ${hasPlanSql}`;
  const programStart = sql`(${int(PLAN_START)} + p % ${int(PLAN_END - PLAN_START + 2 - PROGRAM_YEARS)})`;
  const o = size.opdsPerRegion;
  const statements: SQL[] = [
    insertSelect(
      s.regions,
      {
        id: regionId(r),
        code: sql`(${int(11)} + r / ${int(REGIONS_PER_PROVINCE)})::text || '.' || lpad((case when ${isKota}
          then 71 + r % ${int(REGIONS_PER_PROVINCE)} - ${int(KABUPATEN_PER_PROVINCE)}
          else 1 + r % ${int(REGIONS_PER_PROVINCE)} end)::text, 2, '0')`,
        name: regionName,
        kind: sql`case when ${isKota} then 'kota' else 'kabupaten' end`,
        province: sql`'Provinsi Sintetis ' || (${int(11)} + r / ${int(REGIONS_PER_PROVINCE)})::text`,
        capital: sql`'Ibu Kota ' || ${regionName}`,
        population: sql`case when ${isKota} then 120000 + (r * 7919) % 900000 else 60000 + (r * 4801) % 1200000 end`,
        populationYear: sql`2024`,
        areaKm2: sql`(case when ${isKota} then 20 + (r * 37) % 400 else 300 + (r * 131) % 9000 end + 0.25)::numeric(12, 2)`,
        desaCount: sql`case when ${isKota} then 0 else 80 + (r * 17) % 320 end`,
        kelurahanCount: sql`case when ${isKota} then 20 + r % 60 else 3 + r % 25 end`,
      },
      regionsFrom,
    ),
    insertSelect(
      s.opdUnits,
      {
        id: opdId(r, sql`o`),
        regionId: regionId(r),
        code: sql`coalesce(n.code, 'UPT-' || lpad((o + 1)::text, 3, '0'))`,
        name: sql`coalesce(n.name, 'Unit Pelaksana Teknis ' || (o + 1)::text)`,
        type: sql`coalesce(n.type, 'other')`,
      },
      sql`${regionsFrom} cross join generate_series(0, ${int(o - 1)}) as o
        left join ${values(
          OPDS.map((opd, i) => [int(i), text(opd.code), text(opd.name), text(opd.type)]),
          'n(i, code, name, type)',
        )} on n.i = o`,
    ),
    insertSelect(
      s.plans,
      {
        id: planId(r),
        regionId: regionId(r),
        title: sql`'Masterplan Smart City ' || ${regionName} || ' ${sql.raw(`${PLAN_START}–${PLAN_END}`)}'`,
        periodStart: int(PLAN_START),
        periodEnd: int(PLAN_END),
        status: statusSql,
        currentPhase: sql`case when ${statusSql} = 'draft' then 1 + r % 3 else 4 end`,
        vision: sql`${regionName} || ' cerdas, melayani dan berdaya saing'`,
        rpjmdReference: sql`'RPJMD ' || ${regionName} || ' 2025–2029'`,
        adoptionInstrument: sql`case when ${publishedSql} then 'Peraturan '
          || case when ${isKota} then 'Wali Kota ' else 'Bupati ' end || ${regionName}
          || ' Nomor ' || (1 + r % 40)::text || ' Tahun 2024' end`,
        adoptedOn: sql`case when ${publishedSql} then date '2024-11-01' + r % 60 end`,
      },
      plansFrom,
    ),
    insertSelect(
      s.pillars,
      {
        id: pillarId(r, sql`pl.i`),
        planId: planId(r),
        key: sql`pl.key`,
        ordinal: sql`pl.i + 1`,
        nameId: sql`pl.name_id`,
        nameEn: sql`pl.name_en`,
      },
      sql`${regionsFrom} cross join ${values(
        DEFAULT_PILLARS.map((p, i) => [int(i), text(p.key), text(p.nameId), text(p.nameEn)]),
        'pl(i, key, name_id, name_en)',
      )} where ${hasPlanSql}`,
    ),
    insertSelect(
      s.elements,
      {
        id: elementId(r, sql`el.e`),
        planId: planId(r),
        pillarId: pillarId(r, sql`el.pi`),
        key: sql`el.key`,
        ordinal: sql`el.ord`,
        nameId: sql`el.name_id`,
        nameEn: sql`el.name_en`,
      },
      sql`${regionsFrom} cross join ${elementValues} where ${hasPlanSql}`,
    ),
    insertSelect(
      s.readinessScores,
      {
        id: uid('readiness', r, sql`pl`, sql`a`),
        planId: planId(r),
        pillarId: pillarId(r, sql`pl`),
        aspect: sql`(${textArray(READINESS_ASPECTS)})[a + 1]`,
        score: sql`(1 + (r * 7 + pl * 3 + a * 5) % 5)::smallint`,
        strengths: sql`'Komitmen pimpinan daerah dan OPD pengampu'`,
        weaknesses: sql`'Keterbatasan SDM dan anggaran'`,
        opportunities: sql`'Dukungan program nasional dan provinsi'`,
        threats: sql`'Kesenjangan digital antarwilayah'`,
        evidence: sql`'Hasil pengukuran kesiapan Bimtek I'`,
        assessedOn: sql`date '2024-06-01' + r % 90`,
      },
      sql`${regionsFrom} cross join generate_series(0, ${int(DEFAULT_PILLARS.length - 1)}) as pl
        cross join generate_series(0, ${int(READINESS_ASPECTS.length - 1)}) as a where ${hasPlanSql}`,
    ),
    insertSelect(
      s.programs,
      {
        id: programId(r, sql`p`),
        planId: planId(r),
        pillarId: pillarId(r, sql`el.pi`),
        elementId: elementId(r, sql`el.e`),
        code: sql`el.prefix || '-' || lpad((p + 1)::text, greatest(3, length((p + 1)::text)), '0')`,
        title: sql`'Program aksi ' || (p + 1)::text || ': ' || el.name_id || ' berbasis layanan digital'`,
        description: sql`'Program aksi bidang ' || lower(el.name_id) || ' yang disusun dalam Bimtek II bersama OPD pengampu.'`,
        leadOpdId: opdId(r, sql`p % ${int(o)}`),
        rpjmdProgram: sql`'Program RPJMD ' || el.name_id`,
        horizon: sql`${int(PROGRAM_YEARS)}::smallint`,
        startYear: programStart,
        endYear: sql`${programStart} + ${int(PROGRAM_YEARS - 1)}`,
        isQuickWin: sql`p % 10 = 0`,
        output: sql`'Layanan ' || lower(el.name_id) || ' tersedia secara daring'`,
        outcome: sql`'Kepuasan masyarakat atas layanan ' || lower(el.name_id) || ' meningkat'`,
        reviewStatus: sql`case when ${publishedSql} then 'accepted'
          else (array['pending', 'accepted', 'needs_revision'])[p % 3 + 1] end`,
      },
      programsFrom,
    ),
    insertSelect(
      s.programBudgets,
      {
        programId: programId(r, sql`p`),
        year: sql`${programStart} + y`,
        source: sql`case when src = 0 then 'apbd'
          else (${textArray(SECOND_SOURCES)})[(p / 2) % ${int(SECOND_SOURCES.length)} + 1] end`,
        amount: sql`((25 + (r * 13 + p * 7 + y * 3 + src * 11) % 476) * 1000000)::numeric(18, 2)`,
      },
      sql`${regionsFrom} cross join generate_series(0, ${int(size.programsPerPlan - 1)}) as p
        cross join generate_series(0, ${int(PROGRAM_YEARS - 1)}) as y cross join generate_series(0, 1) as src
        where ${hasPlanSql} and (src = 0 or p % 2 = 0)`,
    ),
    insertSelect(
      s.planIndicators,
      {
        id: selectionId(r, sql`k`),
        planId: planId(r),
        catalogId: sql`cat.id`,
        pillarId: pillarId(r, sql`el.pi`),
        elementId: elementId(r, sql`el.e`),
        producerOpdId: opdId(r, sql`k % ${int(o)}`),
        frequency: sql`'quarterly'`,
        baselineYear: int(PLAN_START - 1),
        baselineValue: sql`b.base`,
        baselineSource: sql`'Data sektoral ' || ${regionName} || ' ${sql.raw(String(PLAN_START - 1))}'`,
      },
      sql`${selections(from, to, catalogueSize, size)} where ${hasPlanSql}`,
      catalogue,
    ),
    insertSelect(
      s.indicatorTargets,
      {
        planIndicatorId: selectionId(r, sql`k`),
        year: sql`${int(PLAN_START)} + y`,
        value: clamp(sql`round(b.base + b.dir * m.room * 0.6 * (y + 1) / ${int(size.targetYears)}, 2)`),
      },
      sql`${selections(from, to, catalogueSize, size)}
        cross join generate_series(0, ${int(size.targetYears - 1)}) as y where ${hasPlanSql}`,
      catalogue,
    ),
  ];
  if (size.measurementQuarters > 0) {
    // Quarter q: a share (q + 1)/Q of the way from the baseline to the first year's target, give or take.
    const quarterStart = sql`make_date(${int(MEASURED_YEAR)}, q * 3 + 1, 1)`;
    const status = sql`case (r + k + q) % 10 when 0 then 'submitted' when 1 then 'rejected' else 'verified' end`;
    const judged = sql`(r + k + q) % 10 <> 0`;
    statements.push(
      insertSelect(
        s.indicatorMeasurements,
        {
          id: uid('measurement', r, sql`k`, sql`q`),
          planIndicatorId: selectionId(r, sql`k`),
          periodYear: int(MEASURED_YEAR),
          periodStart: quarterStart,
          periodEnd: sql`(${quarterStart} + interval '3 months' - interval '1 day')::date`,
          value: clamp(
            sql`round(b.base + b.dir * m.room * 0.6 / ${int(size.targetYears)} * (q + 1) / ${int(size.measurementQuarters)}
              * (0.5 + ((r + k * 3 + q * 7) % 11) / 10.0), 2)`,
          ),
          evidenceUrl: sql`case when (r + k + q) % 5 <> 4 then 'https://data.sintetis.example/'
            || (r + 1)::text || '/' || (k + 1)::text || '/q' || (q + 1)::text end`,
          status,
          submittedBy: sql`'Operator Data OPD ' || (k % ${int(o)} + 1)::text`,
          submittedAccount: sql`'operator' || (k % ${int(o)} + 1)::text || '@sintetis.example'`,
          verifiedBy: sql`case when ${judged} then 'Verifikator Diskominfo' end`,
          verifiedAt: sql`case when ${judged} then (${quarterStart} + interval '3 months 14 days')::timestamptz end`,
          rejectionReason: sql`case when (r + k + q) % 10 = 1 then 'Bukti belum sesuai periode' end`,
        },
        sql`${selections(from, to, catalogueSize, size)}
          cross join generate_series(0, ${int(size.measurementQuarters - 1)}) as q where ${hasPlanSql}`,
        catalogue,
      ),
    );
  }
  return statements;
}

/** The tables the fill writes, counted for the report. */
const FILLED: PgTable[] = [
  s.regions,
  s.opdUnits,
  s.plans,
  s.pillars,
  s.elements,
  s.readinessScores,
  s.programs,
  s.programBudgets,
  s.planIndicators,
  s.indicatorTargets,
  s.indicatorMeasurements,
];

function checkSize(size: NationSize, catalogueSize: number) {
  const whole = (name: keyof NationSize, min: number, max: number) => {
    const value = size[name];
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`NationSize.${name} must be a whole number from ${min} to ${max}, not ${value}`);
  };
  whole('regions', 1, 100_000);
  whole('opdsPerRegion', 1, 999);
  whole('programsPerPlan', 1, 100_000);
  whole('indicatorsPerPlan', 1, catalogueSize);
  whole('targetYears', 1, PLAN_END - PLAN_START + 1);
  whole('measurementQuarters', 0, 4);
}

async function countRows(db: Db): Promise<Record<string, number>> {
  const counts = sql.join(
    FILLED.map((t) => sql`(select count(*) from ${t})::int as ${sql.identifier(getTableName(t))}`),
    sql`, `,
  );
  const result = await db.execute(sql`select ${counts}`);
  return { ...((result as unknown as { rows: Record<string, number>[] }).rows[0] ?? {}) };
}

/**
 * Fill `database` (migrated, without regions) with a nation of `size`. Reports progress after each batch
 * of regions (`label` "regions", done and total in regions) and once more after ANALYZE ("analyze", 1, 1).
 */
export async function fillNation(
  database: Database,
  size: NationSize,
  onProgress?: (label: string, done: number, total: number) => void,
): Promise<NationFacts> {
  const started = performance.now();
  const { db } = database;
  const national = sql`from ${s.indicatorCatalog} where ${isNull(s.indicatorCatalog.regionId)}`;
  const countCatalogue = async () => {
    const result = await db.execute(sql`select count(*)::int as n ${national}`);
    return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
  };
  let catalogueSize = await countCatalogue();
  if (catalogueSize === 0) {
    await addMissingStarterEntries(db, ACTOR);
    catalogueSize = await countCatalogue();
  }
  checkSize(size, catalogueSize);

  for (let from = 0; from < size.regions; from += BATCH) {
    const to = Math.min(size.regions, from + BATCH);
    const statements = batchStatements(from, to, size, catalogueSize);
    await db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(statement);
    });
    onProgress?.('regions', to, size.regions);
  }
  await db.execute(sql`analyze`);
  onProgress?.('analyze', 1, 1);

  const ids = async (kind: 'region' | 'plan', where: SQL) => {
    const result = await db.execute(
      sql`select ${uid(kind, sql`r`)} as id from generate_series(0, ${int(size.regions - 1)}) as r
        where ${where} order by r`,
    );
    return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
  };
  const regionIds = await ids('region', sql`true`);
  const planIds = await ids('plan', hasPlanSql);
  const workshop = regionIds.findIndex((_, i) => hasPlan(i) && isPublished(planStatusOf(i)));
  if (workshop < 0) throw new Error('the nation has no published plan: give it more regions');
  const workshopRegionId = regionIds[workshop] as string;
  const workshopPlanId = planIds[regionIds.slice(0, workshop).filter((_, i) => hasPlan(i)).length] as string;
  return {
    regionIds,
    planIds,
    workshopPlanId,
    workshopRegionId,
    rows: await countRows(db),
    seconds: (performance.now() - started) / 1000,
  };
}
