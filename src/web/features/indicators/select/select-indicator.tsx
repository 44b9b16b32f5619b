import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { catalogPath } from '../../catalog/path.ts';
import { usePlanContext } from '../../workbench/plan-context.ts';
import { type CatalogEntry, type PlanIndicator, useCatalog, usePlanPrograms } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { CatalogPicker } from './catalog-picker.tsx';
import { LocalIndicatorForm } from './local-indicator-form.tsx';
import { SelectionForm } from './selection-form.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  names: IndicatorNames;
  indicators: PlanIndicator[];
  pillarId: string | null;
}

/**
 * Selecting an indicator for the plan: find it in the catalogue (or add the regency's own), then say
 * where it sits and who produces its data. The indicator's page opens next, for baseline and targets.
 */
export function SelectIndicator({ opened, onClose, names, indicators, pillarId }: Props) {
  const { t } = useTranslation();
  const { plan, region } = usePlanContext();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const catalog = useCatalog(region.id, opened);
  const programs = usePlanPrograms(plan.id, opened);
  const [step, setStep] = useState<'search' | 'local' | CatalogEntry>('search');
  const selected = useMemo(() => new Set(indicators.map((i) => i.catalogId)), [indicators]);

  const close = () => {
    setStep('search');
    onClose();
  };
  const done = (indicator: PlanIndicator) => {
    notifications.show({
      color: 'teal',
      message: t('indicators.select.saved', { name: names.name(indicator.catalog) }),
    });
    close();
    navigate(`/plans/${plan.id}/indicators/${indicator.id}`);
  };

  const failed = [catalog, programs].find((q) => q.isError);
  let body: React.ReactNode;
  if (failed) body = <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  else if (!catalog.data || !programs.data) body = <PageLoader />;
  else if (step === 'local')
    body = <LocalIndicatorForm regionId={region.id} onCreated={setStep} onCancel={() => setStep('search')} />;
  else if (step === 'search')
    body = (
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('indicators.select.intro')}</Text>
          <Group gap="sm">
            {/* The whole catalogue, each definition to read, and the regency's own indicators to import. */}
            <Anchor component={Link} to={catalogPath(region.id)} size="sm">
              {t('app.catalog')}
            </Anchor>
            <Button variant="light" size="compact-sm" onClick={() => setStep('local')}>
              {t('indicators.local.open')}
            </Button>
          </Group>
        </Group>
        <CatalogPicker entries={catalog.data} selected={selected} names={names} onPick={setStep} />
      </Stack>
    );
  else
    body = (
      <SelectionForm
        planId={plan.id}
        entry={step}
        names={names}
        programs={programs.data}
        pillarId={pillarId}
        onSelected={done}
        onBack={() => setStep('search')}
      />
    );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={step === 'local' ? t('indicators.local.title') : t('indicators.select.title')}
      size="xl"
      fullScreen={phone}
    >
      {body}
    </Modal>
  );
}
