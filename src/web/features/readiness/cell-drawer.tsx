import { Drawer, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CellForm } from './cell-form.tsx';
import { CellView } from './cell-view.tsx';
import type { Cell } from './readiness-cell.tsx';
import { useReadinessLabels } from './use-labels.ts';

interface CellDrawerProps {
  /** The cell last opened, as stored now; kept while the drawer slides shut. */
  cell: Cell | null;
  opened: boolean;
  planId: string;
  editable: boolean;
  onClose: () => void;
}

/** One cell in full beside the matrix: the form for the admin, the text for every other reader. */
export function CellDrawer({ cell, opened, planId, editable, onClose }: CellDrawerProps) {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const pillarName = cell ? labels.pillarName(cell.pillar) : '';
  const aspectName = cell ? labels.aspectName(cell.aspect) : '';

  return (
    <Drawer
      opened={opened && cell !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      // Mantine renders the title as the drawer's h2, which also names the dialog.
      title={t('readiness.form.title', { pillar: pillarName, aspect: aspectName })}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('readiness.form.close') }}
    >
      {cell && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t(`readiness.aspects.${cell.aspect}.explain`)}
          </Text>
          {editable ? (
            <CellForm
              // A fresh form per cell: another cell's input never leaks into this one.
              key={`${cell.pillar.id}:${cell.aspect}`}
              place={{ planId, pillarId: cell.pillar.id, aspect: cell.aspect }}
              stored={cell.record}
              pillarName={pillarName}
              aspectName={aspectName}
              onDone={onClose}
            />
          ) : (
            cell.record && <CellView record={cell.record} />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
