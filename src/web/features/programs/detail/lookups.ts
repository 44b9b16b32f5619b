import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import {
  type Element,
  type Kecamatan,
  type Mission,
  type Opd,
  type Pillar,
  useKecamatan,
  useMissions,
  useOpds,
} from '../../workbench/api.ts';
import { usePlanContext } from '../../workbench/plan-context.ts';

/** The plan's and region's records a programme names by id, to show their names. */
export interface ProgramLookups {
  language: Language;
  pillars: Pillar[];
  elements: Element[];
  opds: Opd[];
  kecamatan: Kecamatan[];
  missions: Mission[];
  pillarName: (id: string | null | undefined) => string;
  elementName: (id: string | null | undefined) => string;
  opdName: (id: string | null | undefined) => string;
  kecamatanName: (id: string | null | undefined) => string;
  missionText: (id: string | null | undefined) => string;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export const opdLabel = (opd: Opd) => `${opd.name} (${opd.code})`;
export const missionLabel = (mission: Mission) => `${mission.ordinal}. ${mission.text}`;

/** Loads the OPDs, kecamatan and missions (pillars and elements come with the plan). */
export function useProgramLookups() {
  const { plan, region, pillars, elements } = usePlanContext();
  // Re-rendered on a language switch, so the names follow it.
  useTranslation();
  const language = currentLanguage();
  const opds = useOpds(region.id);
  const kecamatan = useKecamatan(region.id);
  const missions = useMissions(plan.id);
  const queries = [opds, kecamatan, missions];

  const data = useMemo<ProgramLookups | null>(() => {
    if (!opds.data || !kecamatan.data || !missions.data) return null;
    const name = (item: { nameId: string; nameEn: string } | undefined) =>
      item ? (language === 'en' ? item.nameEn : item.nameId) : '';
    const pillarsById = byId(pillars);
    const elementsById = byId(elements);
    const opdsById = byId(opds.data);
    const kecamatanById = byId(kecamatan.data);
    const missionsById = byId(missions.data);
    const find = <T>(map: Map<string, T>, id: string | null | undefined) => (id ? map.get(id) : undefined);
    return {
      language,
      pillars,
      elements,
      opds: opds.data,
      kecamatan: kecamatan.data,
      missions: missions.data,
      pillarName: (id) => name(find(pillarsById, id)),
      elementName: (id) => name(find(elementsById, id)),
      opdName: (id) => {
        const opd = find(opdsById, id);
        return opd ? opdLabel(opd) : '';
      },
      kecamatanName: (id) => find(kecamatanById, id)?.name ?? '',
      missionText: (id) => {
        const mission = find(missionsById, id);
        return mission ? missionLabel(mission) : '';
      },
    };
  }, [language, pillars, elements, opds.data, kecamatan.data, missions.data]);

  return {
    data,
    error: queries.find((q) => q.isError)?.error ?? null,
    retry: () => {
      for (const q of queries) if (q.isError) void q.refetch();
    },
  };
}
