import { gradeAssessment } from '../../../shared/indicator-quality.ts';
import { opdsOf } from '../documents/repository.ts';
import { loadAllPlanIndicators } from '../indicators/repository.ts';
import { type Column, column, type Dataset, decimalCell, type PlanFrame } from './dataset.ts';
import { planVocabulary } from './programmes-dataset.ts';
import { latestVerifiedValues } from './repository.ts';

/** The plan's years: a target column for each, so a spreadsheet reads the path from baseline to goal. */
const yearsOf = (plan: PlanFrame) =>
  Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);

const targetColumn = (year: number): Column =>
  column(
    `target_${year}`,
    'decimal',
    `Target tahun ${year}, dalam satuan indikator`,
    `Target for ${year}, in the indicator’s unit`,
  );

export const indicatorsDataset: Dataset = {
  name: 'indicators',
  title: { id: 'Indikator', en: 'Indicators' },
  description: {
    id: 'Satu baris per indikator yang dipilih masterplan (SNI ISO 37120/37122, U4SSC, nasional atau lokal): pilar, satuan, arah, OPD penghasil data, baseline, target per tahun, nilai penilaian enam kriteria, dan nilai terakhir yang sudah diverifikasi.',
    en: 'One row per indicator the master plan selected (SNI ISO 37120/37122, U4SSC, national or local): pillar, unit, direction, producing OPD, baseline, target per year, six-criteria grade, and the latest verified value.',
  },
  columns: (plan) => [
    column(
      'id',
      'string',
      'Pengenal tetap indikator dalam masterplan (UUID)',
      'Permanent identifier of the plan’s indicator (UUID)',
    ),
    column(
      'code',
      'string',
      'Kode indikator dalam katalog, mis. ISO37120-6.5',
      'Catalogue code of the indicator, e.g. ISO37120-6.5',
    ),
    column(
      'source',
      'string',
      'Sumber katalog: iso37120, iso37122, iso37123, u4ssc, national, local',
      'Catalogue source: iso37120, iso37122, iso37123, u4ssc, national, local',
    ),
    column(
      'name_id',
      'string',
      'Nama indikator dalam bahasa Indonesia',
      'Name of the indicator in Indonesian',
    ),
    column('name_en', 'string', 'Nama indikator dalam bahasa Inggris', 'Name of the indicator in English'),
    column('unit', 'string', 'Satuan nilai, mis. % atau jiwa', 'Unit of the values, e.g. % or persons'),
    column(
      'direction',
      'string',
      'Arah yang baik: increase (naik), decrease (turun), maintain (tetap)',
      'Good direction: increase, decrease, maintain',
    ),
    column('pillar_key', 'string', 'Kunci pilar smart city', 'Key of the smart city pillar'),
    column(
      'pillar_name_id',
      'string',
      'Nama pilar dalam bahasa Indonesia',
      'Name of the pillar in Indonesian',
    ),
    column('pillar_name_en', 'string', 'Nama pilar dalam bahasa Inggris', 'Name of the pillar in English'),
    column(
      'element_key',
      'string',
      'Kunci elemen pilar; kosong bila indikator untuk seluruh pilar',
      'Key of the pillar element; empty when the indicator serves the whole pillar',
    ),
    column(
      'producer_opd_code',
      'string',
      'Kode OPD yang menghasilkan datanya',
      'Code of the OPD that produces its data',
    ),
    column(
      'producer_opd_name',
      'string',
      'Nama OPD yang menghasilkan datanya',
      'Name of the OPD that produces its data',
    ),
    column(
      'frequency',
      'string',
      'Frekuensi pengumpulan: monthly, quarterly, semester, yearly',
      'Collection frequency: monthly, quarterly, semester, yearly',
    ),
    column('baseline_year', 'integer', 'Tahun baseline', 'Baseline year'),
    column('baseline_value', 'decimal', 'Nilai baseline', 'Baseline value'),
    column('baseline_source', 'string', 'Sumber data baseline', 'Source of the baseline'),
    ...yearsOf(plan).map(targetColumn),
    column(
      'quality_grade',
      'string',
      'Nilai penilaian enam kriteria: A, B atau C (C begitu satu kriteria bernilai 2 atau kurang); kosong bila keenam kriteria belum dinilai',
      'Grade of the six-criteria assessment: A, B or C (C as soon as a criterion scores 2 or less); empty until all six are scored',
    ),
    column(
      'latest_verified_year',
      'integer',
      'Tahun periode nilai terakhir yang sudah diverifikasi',
      'Period year of the latest verified value',
    ),
    column(
      'latest_verified_value',
      'decimal',
      'Nilai terakhir yang sudah diverifikasi orang kedua',
      'Latest value verified by a second person',
    ),
  ],
  rows: async (tx, plan) => {
    const [indicators, { pillars, elements }, opds, verified] = await Promise.all([
      loadAllPlanIndicators(tx, plan.id),
      planVocabulary(tx, plan),
      opdsOf(tx, plan.regionId),
      latestVerifiedValues(tx, plan.id),
    ]);
    const opd = new Map(opds.map((o) => [o.id, o]));
    const latest = new Map(verified.map((v) => [v.planIndicatorId, v]));
    return indicators.map((i) => {
      const producer = i.producerOpdId ? opd.get(i.producerOpdId) : undefined;
      const value = latest.get(i.id);
      const targets = new Map(i.targets.map((t) => [t.year, t.value]));
      return {
        id: i.id,
        code: i.catalog.code,
        source: i.catalog.source,
        name_id: i.catalog.nameId,
        name_en: i.catalog.nameEn,
        unit: i.catalog.unit,
        direction: i.catalog.direction,
        pillar_key: pillars.get(i.pillarId)?.key ?? null,
        pillar_name_id: pillars.get(i.pillarId)?.nameId ?? null,
        pillar_name_en: pillars.get(i.pillarId)?.nameEn ?? null,
        element_key: i.elementId ? (elements.get(i.elementId)?.key ?? null) : null,
        producer_opd_code: producer?.code ?? null,
        producer_opd_name: producer?.name ?? null,
        frequency: i.frequency,
        baseline_year: i.baselineYear,
        baseline_value: decimalCell(i.baselineValue),
        baseline_source: i.baselineSource,
        ...Object.fromEntries(
          yearsOf(plan).map((year) => [`target_${year}`, decimalCell(targets.get(year) ?? null)]),
        ),
        quality_grade: gradeAssessment(i.assessments).grade,
        latest_verified_year: value?.periodYear ?? null,
        latest_verified_value: decimalCell(value?.value ?? null),
      };
    });
  },
};
