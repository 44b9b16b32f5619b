import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useOpds } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import type { Program } from './api.ts';
import { BulkBar } from './worksheet/bulk-bar.tsx';
import { columnsFor, gridTemplate } from './worksheet/columns.ts';
import { FilterBar } from './worksheet/filter-bar.tsx';
import { ALL_PILLARS, hasFilters } from './worksheet/filters.ts';
import { PillarTabs } from './worksheet/pillar-tabs.tsx';
import { ProgramCards, QuickEntryCard } from './worksheet/program-cards.tsx';
import { QuickEntryRow, QuickEntryStatus } from './worksheet/quick-entry-row.tsx';
import { useBulkApply } from './worksheet/use-bulk-apply.ts';
import { useCellSaves } from './worksheet/use-cell-saves.ts';
import { useQuickEntry } from './worksheet/use-quick-entry.ts';
import { useRowSelection } from './worksheet/use-row-selection.ts';
import { useWorksheetOptions } from './worksheet/use-worksheet-options.ts';
import { useWorksheetView } from './worksheet/use-worksheet-view.ts';
import { periodOf } from './worksheet/validation.ts';
import { WorksheetConflict } from './worksheet/worksheet-conflict.tsx';
import { WorksheetGrid } from './worksheet/worksheet-grid.tsx';

/**
 * The action programme worksheet (program aksi) of Bimtek II–III: a pillar's programmes as a sheet a
 * group types into together, projected on the wall. Each cell saves on its own, a new programme is one
 * line at the bottom, and the view (pillar and filters) lives in the address.
 */
export function WorksheetPage() {
  const { t } = useTranslation();
  const { plan, region, pillars, elements, can } = usePlanContext();
  const { filters, setFilters, programs, rows, counts, total, pillar } = useWorksheetView(plan.id, pillars);
  const opds = useOpds(region.id);
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const helpId = useId();
  // On a phone the filters fold away under a button: the cards come first.
  const [filtersOpened, filtersOpen] = useDisclosure(false);
  const filtersShown = !phone || filtersOpened;
  const period = useMemo(() => periodOf(plan), [plan]);
  useDocumentTitle(`${t('programs.worksheet.title')} · ${plan.title} · ${t('app.name')}`);

  const mayLead = useCallback((opdId: string) => can('contribute', [opdId]), [can]);
  const canEditRow = useCallback((row: Program) => can('contribute', [row.leadOpdId]), [can]);
  const options = useWorksheetOptions(pillars, elements, opds.data ?? [], mayLead);
  const canContribute = options.writableOpds.length > 0;
  const anyOpd = can('contribute', []);

  const selection = useRowSelection(rows, canEditRow);

  const saves = useCellSaves(plan.id);
  const bulk = useBulkApply(plan.id, period, saves.saved);
  const entry = useQuickEntry({
    planId: plan.id,
    pillarId: canContribute && pillar ? pillar.id : null,
    period,
    defaultOpdId: anyOpd ? '' : (options.writableOpds[0]?.value ?? ''),
    defaultElementId: pillar ? (options.lookups.elementOptions(pillar.id)[0]?.value ?? '') : '',
  });

  if (programs.isPending || opds.isPending) return <PageLoader />;
  if (programs.isError) return <QueryError error={programs.error} onRetry={() => programs.refetch()} />;
  if (opds.isError) return <QueryError error={opds.error} onRetry={() => opds.refetch()} />;

  const columns = columnsFor(canContribute);
  const showEntry = canContribute && pillar !== null;
  const emptyText = hasFilters(filters)
    ? t('programs.worksheet.noMatch')
    : showEntry
      ? t('programs.worksheet.empty')
      : t('programs.worksheet.emptyReadOnly');
  const unsaved = Object.values(saves.statuses).filter((s) => s.state === 'error').length;
  const entryProps = {
    entry,
    elementOptions: pillar ? options.lookups.elementOptions(pillar.id) : [],
    opdOptions: options.writableOpds,
  };
  const selectedElementPillar = (id: string | null) => elements.find((e) => e.id === id)?.pillarId ?? null;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('programs.worksheet.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('programs.worksheet.intro')}
        </Text>
      </div>
      {!canContribute && <Alert color="gray">{t('programs.worksheet.readOnly')}</Alert>}
      {canContribute && !anyOpd && <Alert color="blue">{t('programs.worksheet.ownOpdOnly')}</Alert>}
      <PillarTabs
        pillars={pillars}
        value={filters.pillar}
        counts={counts}
        total={total}
        pillarName={options.nameOf}
        onChange={(key) => setFilters({ ...filters, pillar: key, element: null })}
      >
        <Stack gap="sm">
          {phone && (
            <Button
              variant="default"
              onClick={filtersOpen.toggle}
              aria-expanded={filtersShown}
              w="fit-content"
            >
              {hasFilters(filters)
                ? t('programs.worksheet.filters.toggleActive')
                : t('programs.worksheet.filters.toggle')}
            </Button>
          )}
          {filtersShown && (
            <FilterBar
              filters={filters}
              onChange={setFilters}
              opdOptions={options.allOpds}
              elementOptions={options.filterElements(pillar)}
              years={Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i)}
            />
          )}
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('programs.worksheet.count', { count: rows.length })}
            </Text>
            {programs.isFetching && (
              <Loader size="xs" role="status" aria-label={t('programs.worksheet.loadingMore')} />
            )}
          </Group>
          {canContribute && (
            <BulkBar
              selected={selection.selected}
              opdOptions={options.writableOpds}
              elementOptions={pillar ? options.lookups.elementOptions(pillar.id) : null}
              run={bulk.run}
              onApply={async (values) => {
                const failures = await bulk.apply(
                  selection.selected,
                  values,
                  selectedElementPillar(values.elementId),
                );
                selection.selectOnly(failures.map((f) => f.id));
                return failures;
              }}
              onClear={() => {
                selection.clear();
                bulk.reset();
              }}
            />
          )}
          {phone ? (
            <>
              {showEntry && <QuickEntryCard {...entryProps} />}
              {showEntry && <QuickEntryStatus entry={entry} />}
              <ProgramCards
                planId={plan.id}
                rows={rows}
                elementName={options.lookups.elementName}
                emptyText={emptyText}
              />
            </>
          ) : (
            <>
              <Text id={helpId} size="xs" c="dimmed">
                {canContribute
                  ? t('programs.worksheet.keyboardHelp')
                  : t('programs.worksheet.keyboardHelpReadOnly')}
              </Text>
              <WorksheetGrid
                label={t('programs.worksheet.gridLabel', {
                  pillar: pillar ? options.nameOf(pillar) : t('programs.worksheet.allPillars'),
                })}
                describedBy={helpId}
                planId={plan.id}
                rows={rows}
                columns={columns}
                period={period}
                lookups={options.lookups}
                canEditRow={canEditRow}
                saves={saves}
                selection={selection.selection}
                onToggleRow={selection.toggleRow}
                onToggleAll={selection.toggleAll}
                emptyText={emptyText}
                revealId={entry.added?.id ?? null}
                footer={
                  showEntry ? (
                    <QuickEntryRow
                      {...entryProps}
                      columns={columns}
                      template={gridTemplate(columns)}
                      rowIndex={rows.length + 2}
                    />
                  ) : null
                }
              />
              {unsaved > 0 && (
                <Text size="sm" c="red" role="alert">
                  {t('programs.worksheet.unsavedCells', { count: unsaved })}
                </Text>
              )}
              {showEntry && <QuickEntryStatus entry={entry} />}
              {!showEntry && canContribute && filters.pillar === ALL_PILLARS && (
                <Text size="sm" c="dimmed">
                  {t('programs.worksheet.entry.choosePillar')}
                </Text>
              )}
            </>
          )}
        </Stack>
      </PillarTabs>
      <WorksheetConflict saves={saves} lookups={options.lookups} />
    </Stack>
  );
}
