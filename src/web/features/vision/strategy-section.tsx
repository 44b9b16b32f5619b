import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../workbench/api.ts';
import { createStrategy, deleteStrategy, type Strategy, updateStrategy } from './api.ts';
import { nextOrdinal } from './ordering.ts';
import { StatementForm } from './statement-form.tsx';
import { StatementItem } from './statement-item.tsx';
import { strategiesOf } from './statements.ts';

export interface StrategySectionProps {
  planId: string;
  pillars: Pillar[];
  strategies: Strategy[];
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** One card per pillar of the plan with its strategies (Bimtek III). */
export function StrategySection({ planId, pillars, strategies, editable, onChanged }: StrategySectionProps) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="strategies-heading" gap="sm">
      <div>
        <Title order={3} id="strategies-heading">
          {t('vision.strategies.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('vision.strategies.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {pillars.map((pillar) => (
          <PillarStrategies
            key={pillar.id}
            planId={planId}
            pillar={pillar}
            strategies={strategiesOf(strategies, pillar.id)}
            editable={editable}
            onChanged={onChanged}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

interface PillarStrategiesProps {
  planId: string;
  pillar: Pillar;
  strategies: Strategy[];
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

function PillarStrategies({ planId, pillar, strategies, editable, onChanged }: PillarStrategiesProps) {
  const { t, i18n } = useTranslation();
  const [adding, add] = useDisclosure(false);
  const name = i18n.resolvedLanguage === 'en' ? pillar.nameEn : pillar.nameId;
  const headingId = `pillar-strategies-${pillar.id}`;
  const labels = {
    field: t('vision.strategies.text'),
    edit: t('vision.strategies.edit'),
    delete: t('vision.strategies.delete'),
    deleteTitle: t('vision.strategies.deleteTitle'),
  };

  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={4} size="h5" id={headingId}>
            {name}
          </Title>
          <Badge variant="light" color={strategies.length === 0 ? 'gray' : 'blue'} style={{ flexShrink: 0 }}>
            {t('vision.strategies.count', { count: strategies.length })}
          </Badge>
        </Group>
        {strategies.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('vision.strategies.none')}
          </Text>
        )}
        {strategies.length > 0 && (
          <List
            type="ordered"
            spacing="xs"
            styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
          >
            {strategies.map((strategy) => (
              <List.Item key={strategy.id}>
                <StatementItem<Strategy>
                  statement={strategy}
                  editable={editable}
                  labels={{
                    ...labels,
                    deleteBody: t('vision.strategies.deleteBody', { text: strategy.text }),
                  }}
                  draftKey={`strategy:${strategy.id}`}
                  save={(changes, version) =>
                    updateStrategy(strategy.id, {
                      ...(changes.text === undefined ? {} : { text: changes.text.trim() }),
                      ...(version === null ? {} : { version }),
                    })
                  }
                  remove={() => deleteStrategy(strategy.id)}
                  onChanged={onChanged}
                />
              </List.Item>
            ))}
          </List>
        )}
        {editable && !adding && (
          <div>
            <Button size="compact-sm" variant="light" onClick={add.open}>
              {t('vision.strategies.add')}
            </Button>
          </div>
        )}
        {adding && (
          <StatementForm<Strategy>
            fields={[{ key: 'text', label: labels.field, main: true }]}
            initial={{ text: '' }}
            version={null}
            draftKey={`strategy:new:${pillar.id}`}
            save={(changes) =>
              createStrategy(planId, {
                pillarId: pillar.id,
                ordinal: nextOrdinal(strategies.map((s) => s.ordinal)),
                text: (changes.text ?? '').trim(),
              })
            }
            toValues={(saved) => ({ text: saved.text })}
            onDone={async (saved) => {
              if (saved) await onChanged();
              add.close();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
