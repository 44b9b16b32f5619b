import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Measurement, PlanIndicator, ProgressClass } from './api.ts';
import { PROGRESS_COLORS } from './overview/summary-option.ts';

/** A badge's words are short: shown whole, never cut to an ellipsis by a narrow table column. */
export const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** How the latest value stands against its target; a value not yet verified is marked provisional. */
export function ProgressBadge({ progress }: { progress: PlanIndicator['progress'] }) {
  const { t } = useTranslation();
  const provisional = progress.year !== null && !progress.verified;
  return (
    <Badge
      variant="light"
      tt="none"
      color={PROGRESS_COLORS[progress.status as ProgressClass]}
      title={provisional ? t('indicators.progress.provisionalHint') : undefined}
      styles={WHOLE}
    >
      {t(`indicators.progress.${progress.status}`)}
      {provisional && ` · ${t('indicators.progress.provisional')}`}
    </Badge>
  );
}

const GRADE_COLORS = { A: 'teal', B: 'blue', C: 'red' } as const;

/** The six-criteria assessment summed up: A, B, C, or not all criteria scored yet. */
export function GradeBadge({ quality }: { quality: PlanIndicator['quality'] }) {
  const { t } = useTranslation();
  const grade = quality.grade;
  return (
    // A title, not a Tooltip: the badge sits in every row, and a tooltip would bring its positioning code
    // into the first download's shared chunks.
    <Badge
      variant={grade ? 'filled' : 'outline'}
      color={grade ? GRADE_COLORS[grade] : 'gray'}
      tt="none"
      title={t(`indicators.grade.explain.${grade ?? 'none'}`)}
      styles={WHOLE}
    >
      {grade
        ? t('indicators.grade.label', { grade })
        : t('indicators.grade.none', { count: quality.assessed })}
    </Badge>
  );
}

const STATUS_COLORS = { submitted: 'yellow', verified: 'teal', rejected: 'red' } as const;

export function MeasurementStatusBadge({ status }: { status: Measurement['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" tt="none" color={STATUS_COLORS[status]} styles={WHOLE}>
      {t(`indicators.measurementStatus.${status}`)}
    </Badge>
  );
}
