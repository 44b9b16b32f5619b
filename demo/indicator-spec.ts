import type {
  COLLECTION_FREQUENCIES,
  DATA_AVAILABILITY,
  INDICATOR_DIRECTIONS,
  INDICATOR_THEMES,
  IndicatorCriterion,
} from '../src/shared/domain.ts';

/** A regency's own catalogue entry, for an indicator the starter catalogue does not have. */
export interface DemoLocalEntry {
  source: 'national' | 'local';
  reference?: string;
  theme: (typeof INDICATOR_THEMES)[number];
  nameId: string;
  nameEn: string;
  unit: string;
  direction: (typeof INDICATOR_DIRECTIONS)[number];
  minValue?: string;
  maxValue?: string;
}

/**
 * How the measured values went: near or beyond target (on track), a little short of it (slipping: at
 * risk), well short of it (behind: off track), or hardly measured at all (the data the indicator needs
 * is not produced). docs/indicators.md has the rules the API judges them by.
 */
export type DemoIndicatorCourse = 'on_track' | 'slipping' | 'behind' | 'no_data';

/** One indicator a plan adopts, with the figures the loader turns into targets and measurements. */
export interface DemoIndicator {
  /** Starter catalogue code, e.g. ISO37120-16.1, or the code of the local entry below. */
  code: string;
  local?: DemoLocalEntry;
  element: string;
  producer: string;
  frequency?: (typeof COLLECTION_FREQUENCIES)[number];
  baseline: { value: number; source: string };
  /** Target of the plan's last year; the years between are interpolated from the baseline. */
  finalTarget: number;
  decimals: number;
  course: DemoIndicatorCourse;
  /** Criteria that score below the usual 4–5, with the reason. */
  weak?: Partial<Record<IndicatorCriterion, [score: number, rationale: string]>>;
  /**
   * The producer's own cell in the availability matrix: produced, unless the data are not (fully)
   * collected yet (no_data indicators default to partial).
   */
  producerStatus?: (typeof DATA_AVAILABILITY)[number];
  producerNote?: string;
  /** Other units holding (part of) the data. */
  alsoHeldBy?: [opd: string, status: (typeof DATA_AVAILABILITY)[number], note: string][];
  programs: string[];
  /** A year whose first submitted value was rejected (a corrected one follows unless it is the last year). */
  rejectedYear?: number;
}
