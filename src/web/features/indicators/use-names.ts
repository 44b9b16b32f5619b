import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../i18n/i18n.ts';
import { type Element, type Opd, type Pillar, useOpds } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';

type Named = { nameId: string; nameEn: string };

/** The names the indicator screens show for the ids they hold, in the reader's language. */
export interface IndicatorNames {
  language: Language;
  pillars: Pillar[];
  elements: Element[];
  /** The region's OPDs, kecamatan offices included, by code. */
  opds: Opd[];
  name: (named: Named | undefined) => string;
  pillarName: (id: string | null | undefined) => string;
  elementName: (id: string | null | undefined) => string;
  /** "Dinas Kominfo (DISKOMINFO)"; empty for none. */
  opdName: (id: string | null | undefined) => string;
  opdCode: (id: string | null | undefined) => string;
  /** Elements sort by pillar, then their ordinal; none last. */
  elementOrder: (id: string | null) => number;
}

export const opdLabel = (opd: Opd) => `${opd.name} (${opd.code})`;

/** Loads the region's OPDs (pillars and elements come with the plan) and names everything by id. */
export function useIndicatorNames() {
  const { region, pillars, elements } = usePlanContext();
  // Re-rendered on a language switch, so the names follow it.
  useTranslation();
  const language = currentLanguage();
  const opds = useOpds(region.id);

  const data = useMemo<IndicatorNames | null>(() => {
    if (!opds.data) return null;
    const name = (item: Named | undefined) => (item ? (language === 'en' ? item.nameEn : item.nameId) : '');
    const pillarsById = new Map(pillars.map((p) => [p.id, p]));
    const elementsById = new Map(elements.map((e) => [e.id, e]));
    const opdsById = new Map(opds.data.map((o) => [o.id, o]));
    const pillarOrder = new Map(pillars.map((p, i) => [p.id, i]));
    return {
      language,
      pillars,
      elements,
      opds: opds.data,
      name,
      pillarName: (id) => name(id ? pillarsById.get(id) : undefined),
      elementName: (id) => name(id ? elementsById.get(id) : undefined),
      opdName: (id) => {
        const opd = id ? opdsById.get(id) : undefined;
        return opd ? opdLabel(opd) : '';
      },
      opdCode: (id) => (id ? (opdsById.get(id)?.code ?? '') : ''),
      elementOrder: (id) => {
        const element = id ? elementsById.get(id) : undefined;
        return element
          ? (pillarOrder.get(element.pillarId) ?? 0) * 1000 + element.ordinal
          : Number.MAX_SAFE_INTEGER;
      },
    };
  }, [language, pillars, elements, opds.data]);

  return { data, error: opds.error, retry: () => void opds.refetch() };
}
