import type { Tx } from '../../db/client.ts';
import { kecamatanOf, missionsOf, opdsOf } from '../documents/repository.ts';
import { listPlanElements, pillarsOfPlan } from '../plan-content/repository.ts';
import { listPrograms, type ProgramRecord } from '../programs/repository.ts';
import { column, type Dataset, joinList, type PlanFrame } from './dataset.ts';

/** More than any plan holds: open data lists every programme and element, not a page of them. */
export const ALL = 1_000_000;

/** Every programme of the plan in code order, as the programme list of the API gives them. */
export const allPrograms = async (tx: Tx, planId: string): Promise<ProgramRecord[]> =>
  (await listPrograms(tx, { planId }, ALL, 0)).page.items;

/** Names of the plan's pillars and elements by id, for the columns that spell them out. */
export async function planVocabulary(tx: Tx, plan: PlanFrame) {
  const [pillars, elements] = await Promise.all([
    pillarsOfPlan(tx, plan.id),
    listPlanElements(tx, plan.id, { limit: ALL, offset: 0 }),
  ]);
  return {
    pillars: new Map(pillars.map((p) => [p.id, p])),
    elements: new Map(elements.items.map((e) => [e.id, e])),
  };
}

export const programmesDataset: Dataset = {
  name: 'programmes',
  title: { id: 'Program aksi', en: 'Action programmes' },
  description: {
    id: 'Satu baris per program aksi masterplan: pilar dan elemen, OPD penanggung jawab dan pendukung, wilayah, jangka waktu, quick win, keluaran dan hasil, status telaah, dan total anggaran.',
    en: 'One row per action programme of the master plan: pillar and element, lead and supporting OPDs, area, time frame, quick win, output and outcome, review status, and total budget.',
  },
  columns: () => [
    column('id', 'string', 'Pengenal tetap program (UUID)', 'Permanent identifier of the programme (UUID)'),
    column('code', 'string', 'Kode program pada lembar kerja, mis. GOV-07', 'Worksheet code, e.g. GOV-07'),
    column('title', 'string', 'Nama program', 'Name of the programme'),
    column('description', 'string', 'Uraian program', 'Description of the programme'),
    column(
      'pillar_key',
      'string',
      'Kunci pilar smart city, mis. governance',
      'Key of the smart city pillar, e.g. governance',
    ),
    column(
      'pillar_name_id',
      'string',
      'Nama pilar dalam bahasa Indonesia',
      'Name of the pillar in Indonesian',
    ),
    column('pillar_name_en', 'string', 'Nama pilar dalam bahasa Inggris', 'Name of the pillar in English'),
    column('element_key', 'string', 'Kunci elemen pilar', 'Key of the pillar element'),
    column(
      'element_name_id',
      'string',
      'Nama elemen dalam bahasa Indonesia',
      'Name of the element in Indonesian',
    ),
    column('element_name_en', 'string', 'Nama elemen dalam bahasa Inggris', 'Name of the element in English'),
    column(
      'lead_opd_code',
      'string',
      'Kode OPD penanggung jawab',
      'Code of the lead OPD (regional government unit)',
    ),
    column('lead_opd_name', 'string', 'Nama OPD penanggung jawab', 'Name of the lead OPD'),
    column(
      'supporting_opd_codes',
      'string',
      'Kode OPD pendukung, dipisah titik koma',
      'Codes of the supporting OPDs, separated by semicolons',
    ),
    column(
      'kecamatan',
      'string',
      'Kecamatan yang dijangkau, dipisah titik koma; kosong berarti seluruh kabupaten/kota',
      'Kecamatan (districts) reached, separated by semicolons; empty means the whole regency',
    ),
    column(
      'mission_number',
      'integer',
      'Nomor misi yang didukung program',
      'Number of the plan mission the programme serves',
    ),
    column(
      'rpjmd_program',
      'string',
      'Program RPJMD yang dilanjutkan',
      'RPJMD (medium-term regional plan) programme it continues',
    ),
    column(
      'renstra_program',
      'string',
      'Program Renstra OPD yang dilanjutkan',
      "The OPD's Renstra (strategic plan) programme it continues",
    ),
    column(
      'horizon_years',
      'integer',
      'Jangka program dalam tahun: 1, 5 atau 10',
      'Horizon of the programme in years: 1, 5 or 10',
    ),
    column('start_year', 'integer', 'Tahun mulai', 'First year'),
    column('end_year', 'integer', 'Tahun selesai', 'Last year'),
    column(
      'quick_win',
      'boolean',
      'true bila program adalah quick win',
      'true when the programme is a quick win',
    ),
    column('innovation', 'string', 'Inovasi yang dibawa program', 'The innovation the programme brings'),
    column('output', 'string', 'Keluaran (output)', 'Output'),
    column('outcome', 'string', 'Hasil (outcome)', 'Outcome'),
    column(
      'review_status',
      'string',
      'Hasil telaah fasilitator: pending (belum), accepted (diterima), needs_revision (perlu perbaikan)',
      'Facilitator review: pending, accepted, needs_revision',
    ),
    column(
      'budget_total',
      'decimal',
      'Total anggaran seluruh tahun dan sumber dana, dalam rupiah',
      'Total budget over all years and funding sources, in rupiah',
    ),
    column(
      'updated_at',
      'datetime',
      'Waktu perubahan terakhir (ISO 8601, UTC)',
      'Time of the last change (ISO 8601, UTC)',
    ),
  ],
  rows: async (tx, plan) => {
    const [programs, { pillars, elements }, opds, kecamatan, missions] = await Promise.all([
      allPrograms(tx, plan.id),
      planVocabulary(tx, plan),
      opdsOf(tx, plan.regionId),
      kecamatanOf(tx, plan.regionId),
      missionsOf(tx, plan.id),
    ]);
    const opdCode = new Map(opds.map((o) => [o.id, o.code]));
    const kecamatanName = new Map(kecamatan.map((k) => [k.id, k.name]));
    const missionNumber = new Map(missions.map((m) => [m.id, m.ordinal]));
    return programs.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      description: p.description,
      pillar_key: p.pillarKey,
      pillar_name_id: pillars.get(p.pillarId)?.nameId ?? null,
      pillar_name_en: pillars.get(p.pillarId)?.nameEn ?? null,
      element_key: p.elementKey,
      element_name_id: elements.get(p.elementId)?.nameId ?? null,
      element_name_en: elements.get(p.elementId)?.nameEn ?? null,
      lead_opd_code: p.leadOpdCode,
      lead_opd_name: p.leadOpdName,
      supporting_opd_codes: joinList(p.supportingOpdIds.map((id) => opdCode.get(id) ?? id)),
      kecamatan: joinList(p.kecamatanIds.map((id) => kecamatanName.get(id) ?? id)),
      mission_number: p.missionId ? (missionNumber.get(p.missionId) ?? null) : null,
      rpjmd_program: p.rpjmdProgram,
      renstra_program: p.renstraProgram,
      horizon_years: p.horizon,
      start_year: p.startYear,
      end_year: p.endYear,
      quick_win: p.isQuickWin,
      innovation: p.innovation,
      output: p.output,
      outcome: p.outcome,
      review_status: p.reviewStatus,
      budget_total: p.budgetTotal,
      updated_at: p.updatedAt,
    }));
  },
};
