import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatRupiah } from '../../../lib/format.ts';
import type { Program } from '../api.ts';
import { REVIEW_COLORS } from './cell-content.tsx';
import { type QuickEntryFieldsProps, submitOnEnter, useQuickEntryInputs } from './quick-entry-row.tsx';

const PAGE = 30;

/** The worksheet on a phone: one card per programme, opening its page to change it. */
export function ProgramCards(props: {
  planId: string;
  rows: Program[];
  elementName: (id: string) => string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const language = currentLanguage();
  if (props.rows.length === 0) return <Text c="dimmed">{props.emptyText}</Text>;
  const more = Math.min(PAGE, props.rows.length - shown);
  return (
    <Stack
      gap="sm"
      component="ul"
      aria-label={t('programs.worksheet.cards.label')}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {props.rows.slice(0, shown).map((row) => (
        <Card key={row.id} withBorder padding="sm" component="li">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} c="dimmed">
              {row.code}
            </Text>
            <Badge size="sm" variant="light" tt="none" color={REVIEW_COLORS[row.reviewStatus]}>
              {t(`programs.worksheet.review.${row.reviewStatus}`)}
            </Badge>
          </Group>
          <Anchor
            component={Link}
            to={`/plans/${props.planId}/programs/${row.id}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {row.title}
          </Anchor>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {props.elementName(row.elementId)} · {row.leadOpdCode} ·{' '}
            {t('programs.worksheet.cards.years', { start: row.startYear, end: row.endYear })}
          </Text>
          <Group justify="space-between" gap="xs" mt={4}>
            <Text size="sm">{formatRupiah(row.budgetTotal, language)}</Text>
            {row.isQuickWin && (
              <Badge size="sm" color="grape">
                {t('programs.worksheet.columns.quickWin')}
              </Badge>
            )}
          </Group>
        </Card>
      ))}
      {more > 0 && (
        <Button variant="light" onClick={() => setShown((n) => n + PAGE)}>
          {t('programs.worksheet.cards.more', { count: more })}
        </Button>
      )}
    </Stack>
  );
}

/** The quick-entry row as a form for a phone: the same state, labelled fields one under the other. */
export function QuickEntryCard(props: QuickEntryFieldsProps) {
  const { t } = useTranslation();
  const inputs = useQuickEntryInputs(props, true);
  return (
    <Card withBorder padding="sm" onKeyDown={submitOnEnter(props.entry)}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('programs.worksheet.entry.heading')}
        </Title>
        {inputs.title}
        {inputs.element}
        {inputs.leadOpd}
        <Group grow gap="xs" align="flex-start">
          {inputs.startYear}
          {inputs.endYear}
        </Group>
        <Group justify="space-between">
          {inputs.quickWin}
          {inputs.add}
        </Group>
      </Stack>
    </Card>
  );
}
