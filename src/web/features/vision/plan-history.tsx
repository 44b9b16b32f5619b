import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { HistoryDrawer } from '../../components/history-drawer.tsx';
import { keys, type Plan } from '../workbench/api.ts';

export interface PlanHistoryProps {
  plan: Plan;
  canRestore: boolean;
  onRestored: () => Promise<unknown>;
}

/** The plan's own versions (vision, status, adoption…), one of which the admin can bring back. */
export function PlanHistory({ plan, canRestore, onRestored }: PlanHistoryProps) {
  const { t } = useTranslation();
  const [opened, drawer] = useDisclosure(false);
  const labels: Record<string, string> = {
    id: t('vision.fields.id'),
    regionId: t('vision.fields.regionId'),
    title: t('vision.fields.title'),
    periodStart: t('vision.fields.periodStart'),
    periodEnd: t('vision.fields.periodEnd'),
    status: t('vision.fields.status'),
    currentPhase: t('vision.fields.currentPhase'),
    vision: t('vision.fields.vision'),
    rpjmdReference: t('vision.fields.rpjmdReference'),
    adoptionInstrument: t('vision.fields.adoptionInstrument'),
    adoptedOn: t('vision.fields.adoptedOn'),
    createdAt: t('vision.fields.createdAt'),
    updatedAt: t('vision.fields.updatedAt'),
    version: t('vision.fields.version'),
  };

  return (
    <>
      <Button variant="default" onClick={drawer.open}>
        {t('history.open')}
      </Button>
      <HistoryDrawer
        opened={opened}
        onClose={drawer.close}
        path={`/plans/${plan.id}`}
        queryKey={keys.plan(plan.id)}
        what={t('vision.historyWhat')}
        currentVersion={plan.version}
        fieldLabel={(field) => labels[field] ?? field}
        canRestore={canRestore}
        onRestored={() => void onRestored()}
      />
    </>
  );
}
