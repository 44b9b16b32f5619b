import { Badge, Group, Tabs, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../workbench/api.ts';
import { ALL_PILLARS } from './filters.ts';

export interface PillarTabsProps {
  pillars: Pillar[];
  value: string;
  counts: Map<string, number>;
  total: number;
  pillarName: (pillar: Pillar) => string;
  onChange: (pillarKey: string) => void;
  /** The worksheet of the chosen tab. */
  children: ReactNode;
}

/** One tab per pillar, each with its number of programmes, and one for all pillars together. */
export function PillarTabs({
  pillars,
  value,
  counts,
  total,
  pillarName,
  onChange,
  children,
}: PillarTabsProps) {
  const { t } = useTranslation();
  const tabs = [
    ...pillars.map((p) => ({ key: p.key, label: pillarName(p), count: counts.get(p.key) ?? 0 })),
    { key: ALL_PILLARS, label: t('programs.worksheet.allPillars'), count: total },
  ];
  return (
    <Tabs value={value} onChange={(key) => key && onChange(key)} keepMounted={false}>
      <Tabs.List aria-label={t('programs.worksheet.pillarTabs')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.key} value={tab.key} px="xs">
            <Group gap={6} wrap="nowrap">
              {tab.label}
              <Badge size="sm" variant={tab.key === value ? 'filled' : 'light'} circle={tab.count < 10}>
                <span aria-hidden>{tab.count}</span>
                <VisuallyHidden>{t('programs.worksheet.tabCount', { count: tab.count })}</VisuallyHidden>
              </Badge>
            </Group>
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.key} value={tab.key} pt="md">
          {tab.key === value ? children : null}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
