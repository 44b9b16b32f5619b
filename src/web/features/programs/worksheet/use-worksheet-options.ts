import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, Opd, Pillar } from '../../workbench/api.ts';
import type { GridLookups } from './cell-content.tsx';
import type { Option } from './cell-editor.tsx';

export interface WorksheetOptions {
  /** Names from the data in the reader's language. */
  nameOf: (item: { nameId: string; nameEn: string }) => string;
  /** Every OPD of the region, for the filter (an OPD participant reads the whole sheet). */
  allOpds: Option[];
  /** The OPDs the user may make a programme's lead: the admin any active one, a participant only theirs. */
  writableOpds: Option[];
  lookups: GridLookups;
  /** The element filter's choices: the tab's pillar's elements, or all of them named with their pillar. */
  filterElements: (pillar: Pillar | null) => Option[];
}

const opdLabel = (opd: Opd) => `${opd.code} — ${opd.name}`;

/** Choices and names for the worksheet's selects, built once per change of the plan's data. */
export function useWorksheetOptions(
  pillars: Pillar[],
  elements: Element[],
  opds: Opd[],
  mayLead: (opdId: string) => boolean,
): WorksheetOptions {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return useMemo(() => {
    const nameOf = (item: { nameId: string; nameEn: string }) => (english ? item.nameEn : item.nameId);
    const byCode = [...opds].sort((a, b) => a.code.localeCompare(b.code));
    const opdById = new Map(opds.map((o) => [o.id, o]));
    const elementById = new Map(elements.map((e) => [e.id, e]));
    const sortedElements = [...elements].sort((a, b) => a.ordinal - b.ordinal);
    const elementsOf = new Map<string, Option[]>();
    for (const e of sortedElements)
      elementsOf.set(e.pillarId, [...(elementsOf.get(e.pillarId) ?? []), { value: e.id, label: nameOf(e) }]);
    const writableOpds = byCode
      .filter((o) => o.active && mayLead(o.id))
      .map((o) => ({ value: o.id, label: opdLabel(o) }));
    return {
      nameOf,
      allOpds: byCode.map((o) => ({ value: o.id, label: opdLabel(o) })),
      writableOpds,
      lookups: {
        elementName: (id) => {
          const element = elementById.get(id);
          return element ? nameOf(element) : '';
        },
        opdCode: (id) => opdById.get(id)?.code ?? '',
        elementOptions: (pillarId) => elementsOf.get(pillarId) ?? [],
        opdOptions: writableOpds,
      },
      filterElements: (pillar) =>
        pillar
          ? (elementsOf.get(pillar.id) ?? [])
          : [...pillars]
              .sort((a, b) => a.ordinal - b.ordinal)
              .flatMap((p) =>
                (elementsOf.get(p.id) ?? []).map((o) => ({ ...o, label: `${nameOf(p)} · ${o.label}` })),
              ),
    };
  }, [pillars, elements, opds, mayLead, english]);
}
