import { Loader, NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import { useRefreshPlan } from '../workbench/api.ts';
import type { CellPlace, ReadinessScore } from './api.ts';
import { MATURITY_SCORES } from './matrix.ts';
import { useReadinessLabels } from './use-labels.ts';
import { useSaveCell } from './use-save-cell.ts';

interface ScoreSelectProps {
  place: CellPlace;
  stored: ReadinessScore | null;
  pillarName: string;
  aspectName: string;
}

/**
 * A cell's score, chosen in one step during the workshop. A native select: one choice is one save
 * (arrow keys on a radio group would save every step), and phones show their own picker.
 */
export function ScoreSelect({ place, stored, pillarName, aspectName }: ScoreSelectProps) {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  const refreshPlan = useRefreshPlan(place.planId);
  const save = useSaveCell(place);
  const choosing = save.isPending ? save.variables.changes.score : undefined;
  const value = String(choosing ?? stored?.score ?? '');

  const choose = (text: string) => {
    const score = Number(text);
    if (!text || score === stored?.score) return;
    save.mutate(
      { stored, changes: { score } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('readiness.cell.saved', { aspect: aspectName, pillar: pillarName, score }),
          }),
        // Someone scored the cell meanwhile: show their score rather than leave the user on a stale one.
        onError: (error) => {
          if (error instanceof ApiError && (error.kind === 'stale-version' || error.status === 409))
            void refreshPlan();
        },
      },
    );
  };

  const error = save.error;
  const message =
    error === null
      ? null
      : error instanceof ApiError && error.status === 409
        ? t('readiness.cell.stale')
        : error instanceof ApiError && error.fieldMessages().score
          ? error.fieldMessages().score
          : problemMessage(t, error);

  return (
    <NativeSelect
      aria-label={t('readiness.cell.scoreLabel', { aspect: aspectName, pillar: pillarName })}
      value={value}
      onChange={(event) => choose(event.currentTarget.value)}
      disabled={save.isPending}
      rightSection={save.isPending ? <Loader size={14} /> : undefined}
      error={message}
      size="sm"
      data={[
        // An unscored cell shows the prompt; once scored there is no way back to "none" by mistake.
        ...(value === '' ? [{ value: '', label: t('readiness.cell.choose'), disabled: true }] : []),
        ...MATURITY_SCORES.map((score) => ({ value: String(score), label: labels.scoreText(score) })),
      ]}
    />
  );
}
