import { column, type Dataset } from './dataset.ts';
import { allPrograms } from './programmes-dataset.ts';

const SOURCES_ID =
  'apbd (APBD kabupaten/kota), apbd_provinsi (APBD provinsi), apbn_dak (APBN/DAK), csr (CSR), kpbu (KPBU), community (swadaya masyarakat), other (lainnya)';
const SOURCES_EN =
  'apbd (regency budget), apbd_provinsi (provincial budget), apbn_dak (national budget / special allocation fund), csr (corporate social responsibility), kpbu (public–private partnership), community (community funds), other';

export const budgetsDataset: Dataset = {
  name: 'budgets',
  title: { id: 'Anggaran program', en: 'Programme budgets' },
  description: {
    id: 'Satu baris per program aksi, tahun dan sumber dana, dengan jumlah anggarannya dalam rupiah. Jumlah seluruh baris sama dengan total anggaran masterplan.',
    en: 'One row per action programme, year and funding source, with its budget in rupiah. The rows add up to the master plan’s total budget.',
  },
  columns: () => [
    column(
      'programme_id',
      'string',
      'Pengenal program (kolom id pada data program aksi)',
      'Identifier of the programme (the id column of the programmes dataset)',
    ),
    column('programme_code', 'string', 'Kode program pada lembar kerja', 'Worksheet code of the programme'),
    column('programme_title', 'string', 'Nama program', 'Name of the programme'),
    column('pillar_key', 'string', 'Kunci pilar smart city', 'Key of the smart city pillar'),
    column('element_key', 'string', 'Kunci elemen pilar', 'Key of the pillar element'),
    column('lead_opd_code', 'string', 'Kode OPD penanggung jawab', 'Code of the lead OPD'),
    column('year', 'integer', 'Tahun anggaran', 'Budget year'),
    column('funding_source', 'string', `Sumber dana: ${SOURCES_ID}`, `Funding source: ${SOURCES_EN}`),
    column('amount', 'decimal', 'Jumlah anggaran dalam rupiah', 'Amount in rupiah'),
  ],
  rows: async (tx, plan) =>
    (await allPrograms(tx, plan.id)).flatMap((p) =>
      p.budgets.map((b) => ({
        programme_id: p.id,
        programme_code: p.code,
        programme_title: p.title,
        pillar_key: p.pillarKey,
        element_key: p.elementKey,
        lead_opd_code: p.leadOpdCode,
        year: b.year,
        funding_source: b.source,
        amount: b.amount,
      })),
    ),
};
