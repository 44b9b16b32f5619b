import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.ts';
import type { Pillar } from '../workbench/api.ts';
import { nameIn } from './names.ts';

/**
 * The pillar shown, kept in the address (`?pillar=<key>`) so that a filtered roadmap can be shared and the
 * worksheet's links land on the same pillar. An unknown key shows every pillar.
 */
export function usePillarFilter(pillars: Pillar[]) {
  const [params, setParams] = useSearchParams();
  const key = params.get('pillar');
  const pillar = pillars.find((p) => p.key === key) ?? null;
  const choose = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('pillar', next);
        else updated.delete('pillar');
        return updated;
      },
      { replace: true },
    );
  return { pillar, choose };
}

export function PillarFilter({
  pillars,
  value,
  onChange,
}: {
  pillars: Pillar[];
  value: Pillar | null;
  onChange: (key: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <NativeSelect
      label={t('roadmap.roadmap.pillarFilter')}
      value={value?.key ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('roadmap.roadmap.allPillars') },
        ...pillars.map((pillar) => ({ value: pillar.key, label: nameIn(pillar, language) })),
      ]}
      w={{ base: '100%', xs: 280 }}
    />
  );
}
