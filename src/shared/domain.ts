/**
 * Domain constants of the Indonesian smart city master plan, declared once and used by the database
 * schema, the API schemas, the demo and (later) the UI and the Excel templates.
 * Sources: ../shared/design/DOMAIN.md.
 */

export const PLAN_STATUSES = ['draft', 'review', 'adopted', 'implementing'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** A plan is readable without signing in once it has been adopted. */
export const PUBLIC_PLAN_STATUSES: readonly PlanStatus[] = ['adopted', 'implementing'];

export const WORKSHOP_PHASES = [1, 2, 3, 4] as const;
export type WorkshopPhase = (typeof WORKSHOP_PHASES)[number];

export const REGION_KINDS = ['kabupaten', 'kota'] as const;

export const OPD_TYPES = [
  'secretariat',
  'council_secretariat',
  'inspectorate',
  'office',
  'agency',
  'kecamatan',
  'other',
] as const;
export type OpdType = (typeof OPD_TYPES)[number];

export const POSITION_ROLES = ['head', 'secretary', 'program_head', 'staff', 'other'] as const;

export const READINESS_ASPECTS = ['struktur', 'infrastruktur', 'suprastruktur'] as const;
export type ReadinessAspect = (typeof READINESS_ASPECTS)[number];
/** Maturity scale 1–5 (DOMAIN.md: no official national scale; this is the configurable default). */
export const MATURITY_MIN = 1;
export const MATURITY_MAX = 5;
/** A readiness cell at or below this score is a gap the plan has to close. */
export const READINESS_GAP_MAX_SCORE = 2;

export const PROGRAM_HORIZONS = [1, 5, 10] as const;
export type ProgramHorizon = (typeof PROGRAM_HORIZONS)[number];

export const FUNDING_SOURCES = [
  'apbd',
  'apbd_provinsi',
  'apbn_dak',
  'csr',
  'kpbu',
  'community',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const REVIEW_STATUSES = ['pending', 'accepted', 'needs_revision'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PROGRESS_STATUSES = ['not_started', 'running', 'completed', 'stalled', 'cancelled'] as const;

/** The six criteria the seed names for a good indicator (SNI ISO 37122). */
export const INDICATOR_CRITERIA = [
  'completeness',
  'technology_neutrality',
  'simplicity',
  'validity',
  'verifiability',
  'data_availability',
] as const;
export type IndicatorCriterion = (typeof INDICATOR_CRITERIA)[number];
/** Score range of the six-criteria assessment (the indicator_assessments CHECK says the same). */
export const CRITERION_SCORE_MIN = 1;
export const CRITERION_SCORE_MAX = 5;
/** A criterion scored at most this is failing: the `failing` list filter finds such indicators. */
export const CRITERION_FAILING_MAX = 2;

export const INDICATOR_SOURCES = ['iso37120', 'iso37122', 'iso37123', 'u4ssc', 'national', 'local'] as const;

/** The 19 themes of ISO 37120, shared by ISO 37122. */
export const INDICATOR_THEMES = [
  'economy',
  'education',
  'energy',
  'environment_climate',
  'finance',
  'governance',
  'health',
  'housing',
  'population_social',
  'recreation',
  'safety',
  'solid_waste',
  'sport_culture',
  'telecommunication',
  'transportation',
  'agriculture_food',
  'urban_planning',
  'wastewater',
  'water',
] as const;

export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const COLLECTION_FREQUENCIES = ['monthly', 'quarterly', 'semester', 'yearly'] as const;
export const DATA_AVAILABILITY = ['produced', 'partial', 'not_available'] as const;
export const MEASUREMENT_STATUSES = ['submitted', 'verified', 'rejected'] as const;
export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
/** Attendance statuses that count as having represented the OPD in a phase. */
export const ATTENDED_STATUSES = ['present', 'late'] as const;
/** How an OPD's representation across the held Bimtek phases is judged (workshops/service.ts). */
export const CONTINUITY_CLASSES = ['consistent', 'changed', 'partial', 'absent'] as const;
export type ContinuityClass = (typeof CONTINUITY_CLASSES)[number];
/** A full Bimtek hall is a few hundred people; the cap keeps one check-in transaction bounded. */
export const MAX_BULK_ATTENDANCE = 2000;

/** Years a plan may span: DOMAIN.md says 5–10 years. */
export const PLAN_MIN_YEARS = 1;
export const PLAN_MAX_YEARS = 10;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export interface DefaultPillar {
  key: string;
  /** Prefix of the pillar's programme codes on the worksheets, e.g. GOV-07. */
  codePrefix: string;
  nameId: string;
  nameEn: string;
  elements: { key: string; nameId: string; nameEn: string }[];
}

/**
 * The default pillars and elements a new plan starts with (DOMAIN.md). Kept as data per plan, because a
 * 2026 draft regulation replaces branding with mobility.
 */
export const DEFAULT_PILLARS: DefaultPillar[] = [
  {
    key: 'governance',
    codePrefix: 'GOV',
    nameId: 'Smart Governance',
    nameEn: 'Smart Governance',
    elements: [
      { key: 'public_service', nameId: 'Pelayanan publik', nameEn: 'Public service' },
      { key: 'bureaucracy', nameId: 'Manajemen birokrasi', nameEn: 'Bureaucracy management' },
      { key: 'public_policy', nameId: 'Kebijakan publik', nameEn: 'Public policy' },
    ],
  },
  {
    key: 'branding',
    codePrefix: 'BRD',
    nameId: 'Smart Branding',
    nameEn: 'Smart Branding',
    elements: [
      { key: 'tourism_branding', nameId: 'Branding pariwisata', nameEn: 'Tourism branding' },
      { key: 'business_branding', nameId: 'Branding bisnis', nameEn: 'Business branding' },
      { key: 'city_appearance', nameId: 'Penataan wajah kota', nameEn: 'City appearance' },
    ],
  },
  {
    key: 'economy',
    codePrefix: 'ECO',
    nameId: 'Smart Economy',
    nameEn: 'Smart Economy',
    elements: [
      { key: 'industry', nameId: 'Industri', nameEn: 'Industry' },
      { key: 'welfare', nameId: 'Kesejahteraan rakyat', nameEn: 'Welfare' },
      { key: 'financial_transactions', nameId: 'Transaksi keuangan', nameEn: 'Financial transactions' },
    ],
  },
  {
    key: 'living',
    codePrefix: 'LIV',
    nameId: 'Smart Living',
    nameEn: 'Smart Living',
    elements: [
      { key: 'spatial_harmony', nameId: 'Harmonisasi tata ruang', nameEn: 'Harmony of spatial planning' },
      { key: 'health', nameId: 'Kesehatan', nameEn: 'Health' },
      { key: 'mobility', nameId: 'Mobilitas dan transportasi', nameEn: 'Mobility and transport' },
    ],
  },
  {
    key: 'society',
    codePrefix: 'SOC',
    nameId: 'Smart Society',
    nameEn: 'Smart Society',
    elements: [
      { key: 'community', nameId: 'Komunitas masyarakat', nameEn: 'Community' },
      { key: 'learning', nameId: 'Ekosistem belajar', nameEn: 'Learning ecosystem' },
      { key: 'security', nameId: 'Keamanan dan keselamatan', nameEn: 'Security and safety' },
    ],
  },
  {
    key: 'environment',
    codePrefix: 'ENV',
    nameId: 'Smart Environment',
    nameEn: 'Smart Environment',
    elements: [
      { key: 'protection', nameId: 'Proteksi lingkungan', nameEn: 'Environmental protection' },
      { key: 'waste', nameId: 'Tata kelola sampah', nameEn: 'Waste management' },
      { key: 'energy', nameId: 'Tata kelola energi', nameEn: 'Energy management' },
    ],
  },
];

/** The prefix of a pillar's programme codes; a pillar a regulation adds gets its key's first letters. */
export const programCodePrefix = (pillarKey: string) =>
  DEFAULT_PILLARS.find((p) => p.key === pillarKey)?.codePrefix ??
  (pillarKey
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 3)
    .toUpperCase() ||
    'PRG');

/** What a signed-in account may be assigned (issue 3); anonymous visitors hold no assignment. */
export const USER_ROLES = [
  'platform_admin',
  'ministry_reviewer',
  'regency_admin',
  'facilitator',
  'opd_participant',
  'leadership_viewer',
] as const;
export type UserRole = (typeof USER_ROLES)[number];
/**
 * The roles that span every region: their assignments carry no region. The platform admin (the
 * ministry's operator) sets up regions, the national catalogue and the first accounts of a regency; the
 * ministry reviewer reads every regency and comments.
 */
export const NATIONAL_ROLES = ['platform_admin', 'ministry_reviewer'] as const satisfies readonly UserRole[];
export const isNationalRole = (role: UserRole) => (NATIONAL_ROLES as readonly UserRole[]).includes(role);
/** The role tied to one OPD of its region. */
export const OPD_ROLE: UserRole = 'opd_participant';
/** Password length bounds (NIST SP 800-63B: at least 8; a long passphrase must fit). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
