import { DEFAULT_PILLARS, type ReadinessAspect } from '../../src/shared/domain.ts';

/**
 * What the facilitator of Humbang Hasundutan enters in the scenario, in one place, so that the checks
 * at the end are computed from the same figures the steps typed (the region is empty in the demo).
 */
export const HUMBAHAS = { code: '12.16', name: 'Kabupaten Humbang Hasundutan' };

export const FACILITATOR = {
  email: 'fasilitator.humbahas@demo.rancang.id',
  name: 'Rosmawati Lumban Gaol',
  password: 'Danau-Toba-2026!',
};

export const PLAN = {
  title: 'Masterplan Smart City Kabupaten Humbang Hasundutan 2027–2036',
  periodStart: 2027,
  periodEnd: 2036,
};

export interface NewOpd {
  code: string;
  name: string;
  type: 'office' | 'agency';
}

export const OPDS: NewOpd[] = [
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' },
  { code: 'DINKES', name: 'Dinas Kesehatan', type: 'office' },
];

export interface NewPerson {
  fullName: string;
  opd: string;
  jobTitle: string;
  role: 'secretary' | 'program_head';
  /** The Bimtek phases (1, 2) this person attends. */
  attends: number[];
}

/**
 * DISKOMINFO sends the same secretary to both phases; BAPPEDA sends someone else to the second;
 * DINKES sends nobody. The continuity report must tell the three apart.
 */
export const PEOPLE: NewPerson[] = [
  {
    fullName: 'Maria Sihombing',
    opd: 'DISKOMINFO',
    jobTitle: 'Sekretaris Dinas Komunikasi dan Informatika',
    role: 'secretary',
    attends: [1, 2],
  },
  {
    fullName: 'Tumpal Lumbantobing',
    opd: 'BAPPEDA',
    jobTitle: 'Kasubbag Program Bappeda',
    role: 'program_head',
    attends: [1],
  },
  {
    fullName: 'Dewi Simanullang',
    opd: 'BAPPEDA',
    jobTitle: 'Sekretaris Bappeda',
    role: 'secretary',
    attends: [2],
  },
  {
    fullName: 'Hotman Nababan',
    opd: 'DINKES',
    jobTitle: 'Sekretaris Dinas Kesehatan',
    role: 'secretary',
    attends: [],
  },
];

/** The positions began before the workshops, so everyone is on the check-in list of both. */
export const POSITIONS_SINCE = '2025-01-02';

export const PHASES = [
  {
    phase: 1,
    roman: 'I',
    startsOn: '2026-12-01',
    endsOn: '2026-12-02',
    session: {
      title: 'Analisis kesiapan dan SWOT',
      startsAt: '2026-12-01T09:00',
      endsAt: '2026-12-01T12:00',
    },
  },
  {
    phase: 2,
    roman: 'II',
    startsOn: '2027-01-12',
    endsOn: '2027-01-13',
    session: {
      title: 'Diskusi kelompok program aksi',
      startsAt: '2027-01-12T09:00',
      endsAt: '2027-01-12T15:00',
    },
  },
];

/** Every cell gets a score; one is a gap (2 or less), with its SWOT written. */
export const SCORES: Record<string, Record<ReadinessAspect, number>> = {
  governance: { struktur: 3, infrastruktur: 3, suprastruktur: 4 },
  branding: { struktur: 3, infrastruktur: 4, suprastruktur: 3 },
  economy: { struktur: 3, infrastruktur: 3, suprastruktur: 3 },
  living: { struktur: 4, infrastruktur: 2, suprastruktur: 3 },
  society: { struktur: 3, infrastruktur: 3, suprastruktur: 3 },
  environment: { struktur: 3, infrastruktur: 3, suprastruktur: 4 },
};
export const GAP = {
  pillar: 'living',
  aspect: 'infrastruktur' as ReadinessAspect,
  weaknesses: 'Puskesmas di 6 kecamatan belum terhubung internet; rekam medis masih di kertas.',
};

export const VISION = 'Humbang Hasundutan Cerdas 2036: layanan terhubung, petani kopi berdaya, alam lestari';
export const MISSIONS = [
  {
    text: 'Mewujudkan pelayanan publik digital yang terjangkau dari setiap desa',
    rpjmd: 'Misi 1 RPJMD',
  },
  { text: 'Menguatkan ekonomi kopi arabika dan pariwisata berbasis data', rpjmd: 'Misi 3 RPJMD' },
];

export interface NewProgramme {
  pillar: string;
  title: string;
  element: string;
  opd: string;
  startYear: number;
  endYear: number;
  quickWin: boolean;
  /** APBD per year, in rupiah. */
  apbd: Record<number, number>;
}

const pillar = (key: string) => {
  const found = DEFAULT_PILLARS.find((p) => p.key === key);
  if (!found) throw new Error(`No default pillar ${key}`);
  return found;
};
const element = (pillarKey: string, key: string) => {
  const found = pillar(pillarKey).elements.find((e) => e.key === key);
  if (!found) throw new Error(`No element ${key} in ${pillarKey}`);
  return found.nameId;
};

/** One programme per pillar, the first a quick win. */
export const PROGRAMMES: NewProgramme[] = [
  {
    pillar: 'governance',
    title: 'Mal pelayanan publik digital Doloksanggul',
    element: element('governance', 'public_service'),
    opd: 'DISKOMINFO',
    startYear: 2027,
    endYear: 2028,
    quickWin: true,
    apbd: { 2027: 750_000_000, 2028: 250_000_000 },
  },
  {
    pillar: 'branding',
    title: 'Portal wisata Danau Toba sisi Humbang',
    element: element('branding', 'tourism_branding'),
    opd: 'BAPPEDA',
    startYear: 2028,
    endYear: 2029,
    quickWin: false,
    apbd: { 2028: 400_000_000 },
  },
  {
    pillar: 'economy',
    title: 'Pasar daring kopi arabika Lintong',
    element: element('economy', 'industry'),
    opd: 'BAPPEDA',
    startYear: 2028,
    endYear: 2030,
    quickWin: false,
    apbd: { 2029: 600_000_000 },
  },
  {
    pillar: 'living',
    title: 'Telemedisin puskesmas terpencil',
    element: element('living', 'health'),
    opd: 'DINKES',
    startYear: 2029,
    endYear: 2031,
    quickWin: false,
    apbd: { 2029: 900_000_000, 2030: 300_000_000 },
  },
  {
    pillar: 'society',
    title: 'Kelas literasi digital di setiap desa',
    element: element('society', 'learning'),
    opd: 'DISKOMINFO',
    startYear: 2027,
    endYear: 2029,
    quickWin: false,
    apbd: { 2027: 150_000_000 },
  },
  {
    pillar: 'environment',
    title: 'Bank sampah digital Doloksanggul',
    element: element('environment', 'waste'),
    opd: 'BAPPEDA',
    startYear: 2030,
    endYear: 2031,
    quickWin: false,
    apbd: { 2030: 200_000_000 },
  },
];

export const pillarName = (key: string) => pillar(key).nameId;
export const budgetTotal = PROGRAMMES.reduce(
  (sum, p) => sum + Object.values(p.apbd).reduce((a, b) => a + b, 0),
  0,
);
/** The year with the largest budget, and that budget: the roadmap's table must show it. */
export function busiestYear(): { year: number; amount: number } {
  const byYear = new Map<number, number>();
  for (const p of PROGRAMMES)
    for (const [year, amount] of Object.entries(p.apbd))
      byYear.set(Number(year), (byYear.get(Number(year)) ?? 0) + amount);
  const [year, amount] = [...byYear].reduce((a, b) => (b[1] > a[1] ? b : a));
  return { year, amount };
}
