import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const SECTIONS = ['opds', 'kecamatan', 'people'] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionOf = (value: string | null): Section =>
  SECTIONS.includes(value as Section) ? (value as Section) : 'opds';

/** The address of a section, optionally with its search box filled: `?tab=kecamatan&q=Tarutung`. */
export function sectionSearch(section: Section, query?: string): string {
  const params = new URLSearchParams();
  if (section !== 'opds') params.set('tab', section);
  if (query) params.set('q', query);
  const search = params.toString();
  return search ? `?${search}` : '?';
}

/**
 * A filter kept in the address (`?q=…&type=…`), so that a filtered list can be shared or bookmarked.
 * Typing replaces the history entry instead of adding one per key press.
 */
export function useUrlParam(name: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name) ?? '', set];
}
