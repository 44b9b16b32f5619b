import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDelete } from '../../../components/confirm-delete.tsx';
import { type PlanIndicator, useDeletePlanIndicator } from '../api.ts';

/**
 * Removes the indicator from the plan after a confirmation. Shown only while it has no measurements:
 * the API keeps monitoring evidence and refuses the removal of a measured indicator.
 */
export function DeleteIndicator({
  indicator,
  name,
  onDeleted,
}: {
  indicator: PlanIndicator;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ConfirmDelete
      words={{
        open: t('indicators.delete.open'),
        title: t('indicators.delete.title'),
        confirm: t('indicators.delete.confirm', { name }),
        cancel: t('indicators.delete.cancel'),
        submit: t('indicators.delete.submit'),
      }}
      remove={useDeletePlanIndicator(indicator.planId, indicator.id)}
      onDeleted={() => {
        onDeleted();
        notifications.show({ color: 'teal', message: t('indicators.delete.done', { name }) });
        navigate(`/plans/${indicator.planId}/indicators`);
      }}
    />
  );
}
