import type { WorkshopPhase } from '../../src/shared/domain.ts';

export interface DemoSession {
  title: string;
  /** Local time in Tarutung (WIB, UTC+7). */
  startsAt: string;
  endsAt: string;
  agenda: string;
}

export interface DemoPhase {
  phase: WorkshopPhase;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  output: string;
  sessions: DemoSession[];
}

const HALL = 'Balai Data, Ruang Aula Kantor Bupati Tapanuli Utara, Tarutung';
const FACILITATORS = 'Barry Simorangkir (narasumber); Direktorat Jenderal Aptika, Kementerian Kominfo';

/** The four Bimtek of 2021. Phase II's dates and place are those the news article reports. */
export const TAPUT_PHASES: DemoPhase[] = [
  {
    phase: 1,
    title: 'Bimtek I: Analisis Strategis dan Kesiapan Daerah',
    startsOn: '2021-08-12',
    endsOn: '2021-08-13',
    venue: HALL,
    output: 'Buku 1: Analisis Strategis',
    sessions: [
      {
        title: 'Konsep smart city dan pengukuran kesiapan daerah',
        startsAt: '2021-08-12T09:00:00+07:00',
        endsAt: '2021-08-12T16:00:00+07:00',
        agenda: 'Pembukaan; Gerakan Menuju 100 Smart City; kesiapan struktur, infrastruktur, suprastruktur',
      },
      {
        title: 'Analisis SWOT serta visi, misi dan tujuan',
        startsAt: '2021-08-13T09:00:00+07:00',
        endsAt: '2021-08-13T15:30:00+07:00',
        agenda: 'Analisis kesenjangan; SWOT per pilar; perumusan visi dan misi smart city',
      },
    ],
  },
  {
    phase: 2,
    title: 'Bimtek II: Penyusunan Program Aksi',
    startsOn: '2021-09-23',
    endsOn: '2021-09-24',
    venue: HALL,
    output: 'Daftar rancangan program aksi per pilar',
    sessions: [
      {
        title: 'Definisi smart city dan konsep indikator tiap sektor',
        startsAt: '2021-09-23T09:00:00+07:00',
        endsAt: '2021-09-23T16:00:00+07:00',
        agenda:
          'Pembukaan oleh Kadis Kominfo; enam kriteria indikator; diskusi kelompok pengisian program aksi 6 pilar',
      },
      {
        title: 'Program RPJMD dan Renstra per misi; program aksi 1, 5 dan 10 tahun',
        startsAt: '2021-09-24T09:00:00+07:00',
        endsAt: '2021-09-24T15:00:00+07:00',
        agenda: 'Pemetaan program RPJMD/Renstra; diskusi kelompok lanjutan; presentasi hasil kelompok',
      },
    ],
  },
  {
    phase: 3,
    title: 'Bimtek III: Inovasi, Strategi dan Peta Jalan',
    startsOn: '2021-10-21',
    endsOn: '2021-10-22',
    venue: HALL,
    output: 'Buku 2: Masterplan; Buku 4: Roadmap',
    sessions: [
      {
        title: 'Inovasi program aksi dan strategi per pilar',
        startsAt: '2021-10-21T09:00:00+07:00',
        endsAt: '2021-10-21T16:00:00+07:00',
        agenda: 'Inovasi kebijakan dan teknologi; strategi per pilar; usulan quick win',
      },
      {
        title: 'Rencana aksi, peta jalan dan anggaran sepuluh tahun',
        startsAt: '2021-10-22T09:00:00+07:00',
        endsAt: '2021-10-22T15:30:00+07:00',
        agenda: 'Penjadwalan 2022–2031; sumber pendanaan APBD dan non-APBD; pemilihan quick win',
      },
    ],
  },
  {
    phase: 4,
    title: 'Bimtek IV: Finalisasi Dokumen dan Komitmen',
    startsOn: '2021-11-18',
    endsOn: '2021-11-18',
    venue: HALL,
    output: 'Buku 3: Quick Win; ringkasan eksekutif; komitmen bersama',
    sessions: [
      {
        title: 'Reviu peta jalan, finalisasi quick win dan penandatanganan komitmen',
        startsAt: '2021-11-18T09:00:00+07:00',
        endsAt: '2021-11-18T16:00:00+07:00',
        agenda: 'Reviu dokumen per bab; finalisasi quick win; penandatanganan komitmen pimpinan OPD',
      },
    ],
  },
];

export const TAPUT_WORKSHOP_FACILITATORS = FACILITATORS;

/**
 * Departures from full attendance. Each misses one session of a two-day phase (or arrives late), so the
 * continuity report still counts the person for that phase: only the two changes of representative
 * (TAPUT_REPRESENTATIVE_CHANGES) break continuity.
 */
export const TAPUT_ABSENCES: {
  opd: string;
  role: 'secretary' | 'program_head';
  phase: WorkshopPhase;
  session: number;
  status: 'late' | 'excused' | 'absent';
  note: string;
}[] = [
  {
    opd: 'KEC-GAROGA',
    role: 'secretary',
    phase: 1,
    session: 1,
    status: 'late',
    note: 'Jalan longsor di Garoga',
  },
  { opd: 'DLH', role: 'program_head', phase: 3, session: 2, status: 'excused', note: 'Dinas luar ke Medan' },
  { opd: 'SETWAN', role: 'secretary', phase: 2, session: 2, status: 'excused', note: 'Rapat paripurna DPRD' },
  {
    opd: 'KEC-PARMONANGAN',
    role: 'program_head',
    phase: 3,
    session: 1,
    status: 'absent',
    note: 'Tanpa keterangan',
  },
  { opd: 'DISTAN', role: 'secretary', phase: 1, session: 2, status: 'excused', note: 'Sakit' },
  { opd: 'KEC-MUARA', role: 'secretary', phase: 3, session: 1, status: 'late', note: 'Terlambat 45 menit' },
];
