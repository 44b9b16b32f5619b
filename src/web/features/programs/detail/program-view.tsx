import { DataList, Fieldset, Stack, Text, useMatches } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from './api.ts';
import { sourcesUsed } from './budget-grid.ts';
import { BudgetTable } from './budget-table.tsx';
import { fieldLabel } from './field-labels.ts';
import type { ProgramLookups } from './lookups.ts';
import { formValuesOf } from './program-values.ts';

/** The programme for those who may read but not change it: the same sections, values only. */
export function ProgramView({ program, lookups }: { program: Program; lookups: ProgramLookups }) {
  const { t } = useTranslation();
  // Label beside value where there is room, above it on a phone.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const grid = formValuesOf(program).budgets;
  const years = Array.from(
    { length: program.endYear - program.startYear + 1 },
    (_, i) => program.startYear + i,
  );
  const sources = sourcesUsed(grid, years);
  const none = (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
  const text = (value: string | null) =>
    value ? <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</span> : none;
  const list = (names: string[], empty: ReactNode = none) => (names.length > 0 ? names.join(', ') : empty);
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const f = (name: string) => fieldLabel(t, name);

  return (
    <Stack gap="md">
      <Fieldset legend={t('program.sections.identity')}>
        <DataList orientation={orientation} gap="sm" labelWidth={200}>
          {item(f('code'), program.code)}
          {item(f('title'), program.title)}
          {item(f('description'), text(program.description))}
          {item(f('pillarId'), lookups.pillarName(program.pillarId))}
          {item(f('elementId'), lookups.elementName(program.elementId))}
        </DataList>
      </Fieldset>
      <Fieldset legend={t('program.sections.organisation')}>
        <DataList orientation={orientation} gap="sm" labelWidth={200}>
          {item(f('leadOpdId'), lookups.opdName(program.leadOpdId) || program.leadOpdName)}
          {item(f('supportingOpdIds'), list(program.supportingOpdIds.map(lookups.opdName)))}
          {item(f('missionId'), program.missionId ? lookups.missionText(program.missionId) : none)}
          {item(f('rpjmdProgram'), text(program.rpjmdProgram))}
          {item(f('renstraProgram'), text(program.renstraProgram))}
        </DataList>
      </Fieldset>
      <Fieldset legend={t('program.sections.schedule')}>
        <DataList orientation={orientation} gap="sm" labelWidth={200}>
          {item(f('horizon'), t('program.horizon', { count: program.horizon }))}
          {item(t('program.years'), `${program.startYear}–${program.endYear}`)}
          {item(f('isQuickWin'), program.isQuickWin ? t('conflict.yes') : t('conflict.no'))}
        </DataList>
      </Fieldset>
      <Fieldset legend={t('program.sections.results')}>
        <DataList orientation={orientation} gap="sm" labelWidth={200}>
          {item(f('innovation'), text(program.innovation))}
          {item(f('output'), text(program.output))}
          {item(f('outcome'), text(program.outcome))}
          {item(
            f('kecamatanIds'),
            list(program.kecamatanIds.map(lookups.kecamatanName), t('program.wholeRegency')),
          )}
        </DataList>
      </Fieldset>
      <Fieldset legend={t('program.sections.budget')}>
        {sources.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('program.budget.none')}
          </Text>
        ) : (
          <BudgetTable years={years} grid={grid} language={lookups.language} sources={sources} />
        )}
      </Fieldset>
      <Fieldset legend={t('program.sections.targets')}>
        {program.targets.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('program.targets.none')}
          </Text>
        ) : (
          <DataList gap="xs" labelWidth={60}>
            {program.targets.map((target) => (
              <DataList.Item key={target.year}>
                <DataList.ItemLabel>{target.year}</DataList.ItemLabel>
                <DataList.ItemValue>{text(target.target)}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        )}
      </Fieldset>
    </Stack>
  );
}
