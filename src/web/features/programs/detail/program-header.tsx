import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRupiah } from '../../../lib/format.ts';
import type { Program } from './api.ts';
import type { ProgramLookups } from './lookups.ts';
import { ReviewStatusBadge } from './review-status-badge.tsx';

interface Props {
  program: Program;
  planId: string;
  lookups: ProgramLookups;
  /** Buttons the signed-in account may use (history, delete). */
  actions: ReactNode;
}

/** The programme's code and title, its status at a glance, and the way back to the worksheet. */
export function ProgramHeader({ program, planId, lookups, actions }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Anchor
        component={Link}
        to={`/plans/${planId}/programs?pillar=${encodeURIComponent(program.pillarKey)}`}
        size="sm"
      >
        ← {t('program.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
            {program.code} · {program.title}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {lookups.pillarName(program.pillarId)} · {lookups.elementName(program.elementId)}
            </Text>
            <ReviewStatusBadge status={program.reviewStatus} />
            {program.isQuickWin && <Badge color="grape">{t('program.quickWin')}</Badge>}
          </Group>
          <Text size="sm">
            {program.leadOpdName} · {program.startYear}–{program.endYear} · {t('program.budget.totalBudget')}:{' '}
            <b>{formatRupiah(program.budgetTotal, lookups.language)}</b>
          </Text>
        </Stack>
        <Group gap="xs">{actions}</Group>
      </Group>
    </Stack>
  );
}
