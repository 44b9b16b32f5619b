import type { ReadinessAspect } from '../src/shared/domain.ts';
import { type DemoProgram, fund } from './program-spec.ts';
import type { DemoOpd } from './tapanuli-utara/organisation.ts';
import type { DemoPhase } from './tapanuli-utara/workshops.ts';

/** Samosir is drafting its plan: two Bimtek held, nothing adopted, so nothing is public yet. */
export const SAMOSIR_KECAMATAN = [
  'Harian',
  'Nainggolan',
  'Onan Runggu',
  'Palipi',
  'Pangururan',
  'Ronggur Nihuta',
  'Sianjur Mula Mula',
  'Simanindo',
  'Sitio-tio',
];

export const SAMOSIR_OPDS: DemoOpd[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', type: 'secretariat' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
  { code: 'DISPAR', name: 'Dinas Pariwisata', type: 'office' },
  { code: 'DINKES', name: 'Dinas Kesehatan', type: 'office' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', type: 'office' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'office' },
  { code: 'DISTAN', name: 'Dinas Pertanian dan Perikanan', type: 'office' },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', type: 'office' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' },
  { code: 'KEC-PANGURURAN', name: 'Kecamatan Pangururan', type: 'kecamatan', kecamatan: 'Pangururan' },
];

export const SAMOSIR_PLAN = {
  title: 'Masterplan Smart City Kabupaten Samosir 2026–2035',
  periodStart: 2026,
  periodEnd: 2035,
  status: 'draft' as const,
  currentPhase: 2 as const,
  vision: 'Samosir cerdas sebagai pulau wisata budaya dan alam yang lestari di tengah Danau Toba',
  rpjmdReference: 'RPJMD Kabupaten Samosir 2025–2029',
};

const HALL = 'Aula Kantor Bupati Samosir, Pangururan';

export const SAMOSIR_PHASES: DemoPhase[] = [
  {
    phase: 1,
    title: 'Bimtek I: Analisis Strategis dan Kesiapan Daerah',
    startsOn: '2025-07-15',
    endsOn: '2025-07-16',
    venue: HALL,
    output: 'Buku 1: Analisis Strategis',
    sessions: [
      {
        title: 'Pengukuran kesiapan daerah',
        startsAt: '2025-07-15T09:00:00+07:00',
        endsAt: '2025-07-15T16:00:00+07:00',
        agenda: 'Kesiapan struktur, infrastruktur dan suprastruktur per pilar',
      },
      {
        title: 'Analisis SWOT, visi dan misi',
        startsAt: '2025-07-16T09:00:00+07:00',
        endsAt: '2025-07-16T15:00:00+07:00',
        agenda: 'SWOT per pilar; rumusan visi dan misi',
      },
    ],
  },
  {
    phase: 2,
    title: 'Bimtek II: Penyusunan Program Aksi',
    startsOn: '2025-08-26',
    endsOn: '2025-08-26',
    venue: HALL,
    output: 'Daftar rancangan program aksi per pilar',
    sessions: [
      {
        title: 'Program RPJMD dan program aksi per pilar',
        startsAt: '2025-08-26T09:00:00+07:00',
        endsAt: '2025-08-26T16:00:00+07:00',
        agenda: 'Pemetaan program RPJMD/Renstra; diskusi kelompok program aksi',
      },
    ],
  },
];

export const SAMOSIR_READINESS_ASSESSED_ON = '2025-07-16';
/** Only the pillars and aspects assessed so far; the rest is still open in the draft. */
export const SAMOSIR_READINESS: { pillar: string; aspect: ReadinessAspect; score: number; note: string }[] = [
  { pillar: 'governance', aspect: 'struktur', score: 2, note: 'Tim SPBE terbentuk, belum bekerja rutin' },
  {
    pillar: 'governance',
    aspect: 'infrastruktur',
    score: 2,
    note: 'Jaringan antarkantor hanya di Pangururan',
  },
  { pillar: 'branding', aspect: 'struktur', score: 3, note: 'Dinas Pariwisata kuat; Geopark Kaldera Toba' },
  {
    pillar: 'branding',
    aspect: 'suprastruktur',
    score: 3,
    note: 'Ripparda dan tagline wisata telah ditetapkan',
  },
  {
    pillar: 'environment',
    aspect: 'infrastruktur',
    score: 1,
    note: 'Belum ada TPA saniter; keramba di danau',
  },
  {
    pillar: 'society',
    aspect: 'infrastruktur',
    score: 2,
    note: 'Sinyal lemah di Ronggur Nihuta dan Sitio-tio',
  },
];

const draft = { horizon: 5 as const, mission: 1 };

/** Draft programmes from the Bimtek II group work: not reviewed yet. */
export const SAMOSIR_PROGRAMS: DemoProgram[] = [
  {
    ...draft,
    code: 'GOV-01',
    element: 'public_service',
    title: 'Mal Pelayanan Publik Pangururan',
    description: 'Layanan perizinan dan kependudukan dalam satu gedung.',
    lead: 'DPMPTSP',
    support: ['SETDA'],
    kecamatan: ['Pangururan'],
    years: [2026, 2028],
    output: 'MPP beroperasi',
    outcome: 'Layanan lebih cepat',
    funding: [fund('apbd', 900)],
    pending: true,
  },
  {
    ...draft,
    code: 'GOV-02',
    element: 'bureaucracy',
    title: 'Integrasi aplikasi dan pusat data',
    description: 'Interoperabilitas aplikasi OPD dan pemanfaatan Pusat Data Nasional.',
    lead: 'DISKOMINFO',
    years: [2026, 2030],
    funding: [fund('apbd', 400)],
    pending: true,
  },
  {
    ...draft,
    code: 'BRD-01',
    element: 'tourism_branding',
    title: 'Samosir Geopark digital',
    description: 'Pemandu digital situs geopark dan budaya Batak di Pulau Samosir.',
    lead: 'DISPAR',
    support: ['DISKOMINFO'],
    mission: 2,
    years: [2026, 2027],
    quickWin: true,
    funding: [fund('apbd', 300), fund('csr', 100, 2027, 2027)],
    pending: true,
  },
  {
    ...draft,
    code: 'BRD-02',
    element: 'city_appearance',
    title: 'Penataan kawasan tepi danau Pangururan',
    description: 'Ruang publik, penanda dan Wi-Fi di tepi danau.',
    lead: 'DPMPTSP',
    kecamatan: ['Pangururan'],
    mission: 2,
    years: [2027, 2030],
    funding: [fund('apbd', 1200), fund('apbn_dak', 2000, 2028, 2028)],
    pending: true,
  },
  {
    ...draft,
    code: 'ECO-01',
    element: 'financial_transactions',
    title: 'QRIS di destinasi wisata dan pasar',
    description: 'Pembayaran nontunai di destinasi, kapal penyeberangan dan pasar.',
    lead: 'DISPAR',
    support: ['DPMPTSP'],
    mission: 2,
    horizon: 1,
    years: [2026, 2026],
    quickWin: true,
    funding: [fund('apbd', 120)],
    pending: true,
  },
  {
    ...draft,
    code: 'LIV-01',
    element: 'health',
    title: 'Telemedisin Puskesmas pulau',
    description: 'Konsultasi spesialis jarak jauh untuk Puskesmas di desa pesisir.',
    lead: 'DINKES',
    kecamatan: ['Ronggur Nihuta', 'Sitio-tio', 'Harian'],
    mission: 3,
    years: [2026, 2029],
    funding: [fund('apbd', 450)],
    pending: true,
  },
  {
    ...draft,
    code: 'SOC-01',
    element: 'learning',
    title: 'Sekolah terhubung internet',
    description: 'Internet dan perangkat TIK untuk SD dan SMP.',
    lead: 'DISDIK',
    support: ['DISKOMINFO'],
    mission: 3,
    years: [2026, 2030],
    funding: [fund('apbd', 600), fund('apbn_dak', 1000, 2027, 2027)],
    pending: true,
  },
  {
    ...draft,
    code: 'ENV-01',
    element: 'waste',
    title: 'Pengelolaan sampah pulau dan TPS3R',
    description: 'Pengangkutan sampah desa wisata dan TPS3R di tiga kecamatan.',
    lead: 'DLH',
    kecamatan: ['Simanindo', 'Pangururan', 'Nainggolan'],
    mission: 4,
    years: [2026, 2030],
    funding: [fund('apbd', 700)],
    pending: true,
  },
];

export const SAMOSIR_MISSIONS = [
  'Tata kelola pemerintahan digital yang melayani',
  'Pariwisata budaya dan alam kelas dunia',
  'Layanan kesehatan dan pendidikan yang menjangkau pulau',
  'Danau Toba yang bersih dan lestari',
];
