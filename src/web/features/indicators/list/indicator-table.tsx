import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanIndicator } from '../api.ts';
import { GradeBadge, ProgressBadge } from '../badges.tsx';
import type { IndicatorNames } from '../use-names.ts';
import { BaselineValue, LatestValue, TargetValue } from './row-values.tsx';

interface Props {
  planId: string;
  caption: string;
  indicators: PlanIndicator[];
  names: IndicatorNames;
}

/** One pillar's indicators on a laptop or projector: a row each; the table scrolls inside its box. */
export function IndicatorTable({ planId, caption, indicators, names }: Props) {
  const { t } = useTranslation();
  const { language } = names;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators.list.columns.indicator')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.unit')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.baseline')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.target')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.latest')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.progress')}</Table.Th>
            <Table.Th>{t('indicators.list.columns.grade')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Td style={{ maxWidth: 360 }}>
                <Text size="xs" c="dimmed">
                  {indicator.catalog.code}
                  {indicator.elementId && ` · ${names.elementName(indicator.elementId)}`}
                </Text>
                <Anchor
                  component={Link}
                  to={`/plans/${planId}/indicators/${indicator.id}`}
                  size="sm"
                  fw={600}
                >
                  {names.name(indicator.catalog)}
                </Anchor>
                {indicator.producerOpdId && (
                  <Text size="xs" c="dimmed">
                    {names.opdCode(indicator.producerOpdId)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{indicator.catalog.unit}</Text>
              </Table.Td>
              <Table.Td>
                <BaselineValue indicator={indicator} language={language} />
              </Table.Td>
              <Table.Td>
                <TargetValue indicator={indicator} language={language} />
              </Table.Td>
              <Table.Td>
                <LatestValue indicator={indicator} language={language} />
              </Table.Td>
              <Table.Td>
                <ProgressBadge progress={indicator.progress} />
              </Table.Td>
              <Table.Td>
                <GradeBadge quality={indicator.quality} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
