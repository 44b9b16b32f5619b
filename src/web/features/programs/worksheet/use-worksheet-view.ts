import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Pillar } from '../../workbench/api.ts';
import { usePrograms } from '../api.ts';
import {
  countByPillar,
  filterParams,
  parseFilters,
  rowsOfTab,
  serverQuery,
  type WorksheetFilters,
} from './filters.ts';

/**
 * What the worksheet shows, read from and written to the address: the filters, the programmes the
 * server returns for them (all pillars at once), the rows of the chosen tab and each tab's count.
 */
export function useWorksheetView(planId: string, pillars: Pillar[]) {
  const [params, setParams] = useSearchParams();
  const pillarKeys = useMemo(() => pillars.map((p) => p.key), [pillars]);
  const filters = useMemo(() => parseFilters(params, pillarKeys), [params, pillarKeys]);
  const programs = usePrograms(
    planId,
    useMemo(() => serverQuery(filters), [filters]),
  );
  const rows = useMemo(() => rowsOfTab(programs.data ?? [], filters), [programs.data, filters]);
  const counts = useMemo(() => countByPillar(programs.data ?? []), [programs.data]);
  const setFilters = useCallback(
    (next: WorksheetFilters, replace = false) => setParams(filterParams(next), { replace }),
    [setParams],
  );
  return {
    filters,
    setFilters,
    programs,
    rows,
    counts,
    total: programs.data?.length ?? 0,
    pillar: pillars.find((p) => p.key === filters.pillar) ?? null,
  };
}
