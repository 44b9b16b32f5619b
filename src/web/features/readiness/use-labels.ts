import { useTranslation } from 'react-i18next';
import type { ReadinessAspect } from '../../../shared/domain.ts';
import { maturityLevel } from './matrix.ts';

interface Named {
  nameId: string;
  nameEn: string;
}

/** Names the screen shows: pillars from the data in the reader's language, aspects and levels from the catalogue. */
export function useReadinessLabels() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return {
    pillarName: (pillar: Named) => (english ? pillar.nameEn : pillar.nameId),
    aspectName: (aspect: ReadinessAspect) => t(`readiness.aspects.${aspect}.name`),
    levelName: (score: number) => t(`readiness.level.${maturityLevel(score)}`),
    scoreText: (score: number) =>
      t('readiness.scale.item', { score, level: t(`readiness.level.${maturityLevel(score)}`) }),
  };
}
