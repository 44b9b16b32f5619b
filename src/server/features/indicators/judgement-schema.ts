import { z } from 'zod';
import { INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import {
  AT_RISK_MIN,
  MAINTAIN_AT_RISK_DEVIATION,
  MAINTAIN_ON_TRACK_DEVIATION,
  ON_TRACK_MIN,
  PROGRESS_CLASSES,
} from '../../../shared/indicator-progress.ts';
import { QUALITY_GRADES } from '../../../shared/indicator-quality.ts';

/** The six-criteria assessment summed up (shared/indicator-quality.ts, docs/indicators.md). */
export const IndicatorQuality = z
  .object({
    grade: z
      .enum(QUALITY_GRADES)
      .nullable()
      .describe(
        'A: every criterion 4–5; B: every criterion scored, none failing; C: some criterion failing (≤ 2); null: not all six scored yet',
      ),
    meanScore: z.number().nullable(),
    assessed: z.number().int().describe('How many of the six criteria are scored'),
    failing: z.array(z.enum(INDICATOR_CRITERIA)).describe('Criteria scored 2 or lower'),
  })
  .meta({ id: 'IndicatorQuality' });

/** The latest value judged against its year's target (shared/indicator-progress.ts, docs/indicators.md). */
export const IndicatorProgress = z
  .object({
    status: z
      .enum(PROGRESS_CLASSES)
      .describe(
        'on_track: ≥ 90 % of the way from baseline to target (or of the target); at_risk: ≥ 70 %; off_track: below; "maintain" indicators: within 5 % / 15 % of the target; no_target: no target for the period; no_data: nothing measured',
      ),
    year: z.number().int().nullable(),
    actual: z.string().nullable(),
    target: z.string().nullable(),
    targetInterpolated: z
      .boolean()
      .describe('The year has no target of its own: read off the line between known points'),
    achievement: z.number().nullable().describe('Percent of the way covered (see basis), one decimal'),
    basis: z.enum(['gap_closed', 'target_ratio', 'deviation']).nullable(),
    verified: z
      .boolean()
      .describe('Whether the value judged is verified; a submitted one counts provisionally'),
  })
  .meta({ id: 'IndicatorProgress' });

/** The progress rules in words, for the OpenAPI descriptions (docs/indicators.md has them in full). */
const percent = (n: number) => `${Math.round(n * 100)} %`;

export const PROGRESS_RULES = `Each indicator's latest value that was not rejected is judged against the target of its year (set for that year, or read off the straight line between the baseline and the nearest yearly targets; after the last target, the last target). A value that meets the target in the indicator's direction is on track. Otherwise, with a baseline before the period, the share of the way from baseline to target covered, (actual − baseline) / (target − baseline), else the ratio actual / target (target / actual when lower is better), is on track from ${percent(ON_TRACK_MIN)}, at risk from ${percent(AT_RISK_MIN)}, off track below. An indicator to be maintained is on track within ${percent(MAINTAIN_ON_TRACK_DEVIATION)} of its target, at risk within ${percent(MAINTAIN_AT_RISK_DEVIATION)}, else off track. no_target: the period has no target; no_data: nothing measured. A submitted value counts provisionally until verified. Full rules: docs/indicators.md.`;
