import type { OpdType } from '../../src/shared/domain.ts';
import { TAPUT_KECAMATAN } from './kecamatan.ts';

export interface DemoOpd {
  code: string;
  name: string;
  type: OpdType;
  /** For a kecamatan office: the kecamatan it governs. */
  kecamatan?: string;
}

/**
 * Tapanuli Utara's 38 units (DOMAIN.md): the regional secretariat, the inspectorate, the council
 * secretariat, 16 offices, 4 agencies and the 15 kecamatan offices. Names beyond those reported are
 * plausible, not confirmed.
 */
export const TAPUT_OPDS: DemoOpd[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', type: 'secretariat' },
  { code: 'INSPEKTORAT', name: 'Inspektorat Daerah', type: 'inspectorate' },
  { code: 'SETWAN', name: 'Sekretariat DPRD', type: 'council_secretariat' },
  { code: 'DINKES', name: 'Dinas Kesehatan', type: 'office' },
  { code: 'DPPKB', name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', type: 'office' },
  { code: 'DINSOS', name: 'Dinas Sosial', type: 'office' },
  { code: 'DISTAN', name: 'Dinas Pertanian', type: 'office' },
  { code: 'DKP', name: 'Dinas Ketahanan Pangan', type: 'office' },
  { code: 'DISPAR', name: 'Dinas Pariwisata', type: 'office' },
  { code: 'DISPORA', name: 'Dinas Pemuda dan Olahraga', type: 'office' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', type: 'office' },
  { code: 'DPKPP', name: 'Dinas Perumahan dan Kawasan Permukiman', type: 'office' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'office' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'office' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', type: 'office' },
  { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', type: 'office' },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', type: 'office' },
  {
    code: 'DISKOPERINDAG',
    name: 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan',
    type: 'office',
  },
  { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', type: 'agency' },
  { code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', type: 'agency' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' },
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', type: 'agency' },
  ...TAPUT_KECAMATAN.map(
    (k): DemoOpd => ({
      code: kecamatanOpdCode(k.name),
      name: `Kecamatan ${k.name}`,
      type: 'kecamatan',
      kecamatan: k.name,
    }),
  ),
];

export function kecamatanOpdCode(name: string) {
  return `KEC-${name.toUpperCase().replace(/\s+/g, '-')}`;
}

/** The two positions every unit sends to the Bimtek (DOMAIN.md), titled as that kind of unit names them. */
export function representativeTitles(opd: DemoOpd): { secretary: string; programHead: string } {
  switch (opd.type) {
    case 'secretariat':
      return {
        secretary: 'Kepala Bagian Perencanaan dan Keuangan Sekretariat Daerah',
        programHead: 'Kepala Subbagian Program Sekretariat Daerah',
      };
    case 'council_secretariat':
      return {
        secretary: 'Kepala Bagian Umum dan Keuangan Sekretariat DPRD',
        programHead: 'Kepala Subbagian Program Sekretariat DPRD',
      };
    case 'kecamatan':
      return {
        secretary: `Sekretaris ${opd.name}`,
        programHead: `Kepala Subbagian Program dan Keuangan ${opd.name}`,
      };
    default:
      return {
        secretary: `Sekretaris ${opd.name}`,
        programHead: `Kepala Subbagian Program ${opd.name}`,
      };
  }
}

/** People with a real role in the news article (the facilitator is not a regency employee). */
export const TAPUT_NAMED_OFFICIALS = [
  {
    fullName: 'Polmudi Sagala',
    opd: 'DISKOMINFO',
    title: 'Kepala Dinas Komunikasi dan Informatika',
    role: 'head' as const,
    startDate: '2019-03-01',
  },
];

export const TAPUT_FACILITATOR = 'Barry Simorangkir';

/** Start date of the representatives' current positions (before Bimtek I). */
export const POSITIONS_SINCE = '2020-01-06';

/**
 * The two units that sent somebody new part-way through the Bimtek: the continuity the Diskominfo head
 * asked for was broken here. `afterPhase` is the last phase the first holder attended.
 */
export const TAPUT_REPRESENTATIVE_CHANGES = [
  {
    opd: 'DISPAR',
    role: 'secretary' as const,
    afterPhase: 2,
    endedOn: '2021-10-01',
    startedOn: '2021-10-04',
    reason: 'Mutasi jabatan: sekretaris lama dipindahkan ke Dinas Ketahanan Pangan.',
  },
  {
    opd: 'KEC-PAHAE-JAE',
    role: 'program_head' as const,
    afterPhase: 3,
    endedOn: '2021-11-01',
    startedOn: '2021-11-02',
    reason: 'Kasubbag lama pensiun; digantikan pejabat baru.',
  },
];
