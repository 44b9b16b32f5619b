import type { FundingSource, ProgramHorizon, ReviewStatus } from '../src/shared/domain.ts';

/** Money from one source, the same order of magnitude every year of [from, to] (defaults: the programme's years). */
export interface DemoFunding {
  source: FundingSource;
  /** Rupiah per year, in millions. */
  millions: number;
  from?: number;
  to?: number;
}

export interface DemoReview {
  verdict: ReviewStatus;
  comment?: string;
  on: string;
}

/** How implementation went after adoption: turned into yearly progress records 2022–2025. */
export type DemoProgressCourse = 'on_track' | 'stalled' | 'late';

/** One action programme as the worksheet of Bimtek II–III records it. */
export interface DemoProgram {
  code: string;
  element: string;
  title: string;
  description: string;
  lead: string;
  support?: string[];
  /** Names of the kecamatan it reaches; none means the whole regency. */
  kecamatan?: string[];
  /** Ordinal of the master plan mission it serves. */
  mission: number;
  rpjmdProgram?: string;
  renstraProgram?: string;
  horizon: ProgramHorizon;
  years: [number, number];
  quickWin?: boolean;
  innovation?: string;
  output?: string;
  outcome?: string;
  funding: DemoFunding[];
  targets?: Record<number, string>;
  /** Facilitator reviews, oldest first; none given means one plain acceptance at Bimtek IV. */
  reviews?: DemoReview[];
  /** Reviewed status when there are no reviews at all (a programme added after adoption). */
  pending?: boolean;
  course?: DemoProgressCourse;
}

export const fund = (source: FundingSource, millions: number, from?: number, to?: number): DemoFunding => ({
  source,
  millions,
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});
