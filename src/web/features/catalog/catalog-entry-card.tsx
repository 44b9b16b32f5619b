import { Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n.ts';
import type { CatalogEntry } from '../indicators/api.ts';
import { WHOLE } from '../indicators/badges.tsx';
import { ratioLabels } from '../indicators/ratio-labels.ts';
import { formatValue } from '../indicators/values.ts';

const KINDS = new Set(['core', 'advanced', 'smart']);
const wrap = { overflowWrap: 'anywhere' } as const;

/** A text in the reader's language, else in the other one (marked, so that it is read out in it). */
function inLanguage(language: Language, id: string | null, en: string | null) {
  const [mine, other, otherLanguage] = language === 'en' ? [en, id, 'id'] : [id, en, 'en'];
  if (mine) return { text: mine, lang: undefined };
  return other ? { text: other, lang: otherLanguage } : null;
}

/**
 * One catalogue entry as a card: code and reference, name, source and kind, unit, direction, the formula
 * and the definition, in the reader's language. A card stays within a phone's width (long codes wrap).
 */
export function CatalogEntryCard({ entry, language }: { entry: CatalogEntry; language: Language }) {
  const { t } = useTranslation();
  const name = language === 'en' ? entry.nameEn : entry.nameId;
  const definition = inLanguage(language, entry.definitionId, entry.definitionEn);
  const { numerator, denominator } = ratioLabels(entry, language);
  const nameId = `catalog-entry-${entry.id}`;
  const kind = entry.kind
    ? KINDS.has(entry.kind)
      ? t(`catalog.entry.kinds.${entry.kind as 'core' | 'advanced' | 'smart'}`)
      : entry.kind
    : null;

  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={nameId}>
      <Text size="xs" c="dimmed" style={wrap}>
        {entry.code}
        {entry.reference && ` · ${t('catalog.entry.reference')} ${entry.reference}`}
      </Text>
      <Text id={nameId} fw={600} style={wrap}>
        {name}
      </Text>
      <Group gap={4} mt={4}>
        <Badge size="sm" variant="light" tt="none" styles={WHOLE}>
          {t(`indicators.source.${entry.source}`)}
        </Badge>
        {kind && (
          <Badge size="sm" variant="outline" color="gray" tt="none" styles={WHOLE}>
            {t('catalog.entry.kind')}: {kind}
          </Badge>
        )}
        {entry.regionId && (
          <Badge size="sm" color="grape" tt="none" styles={WHOLE}>
            {t('catalog.entry.own')}
          </Badge>
        )}
      </Group>
      <dl style={{ margin: 0 }}>
        <Fact label={t('catalog.entry.unit')}>{entry.unit}</Fact>
        <Fact label={t('catalog.entry.direction')}>{t(`indicators.direction.${entry.direction}`)}</Fact>
        {numerator && denominator && (
          <Fact label={t('catalog.entry.formula')}>
            {t('catalog.entry.formulaText', {
              numerator,
              denominator,
              multiplier: entry.multiplier ? formatValue(entry.multiplier, language) : '1',
            })}
          </Fact>
        )}
        {(entry.minValue !== null || entry.maxValue !== null) && (
          <Fact label={t('catalog.entry.range')}>
            {t('catalog.entry.rangeText', {
              min: formatValue(entry.minValue, language),
              max: formatValue(entry.maxValue, language),
            })}
          </Fact>
        )}
        <Fact label={t('catalog.entry.definition')}>
          {definition ? (
            <span lang={definition.lang}>{definition.text}</span>
          ) : (
            <Text span c="dimmed" size="sm">
              {t('catalog.entry.noDefinition')}
            </Text>
          )}
        </Fact>
      </dl>
    </Card>
  );
}

/** A labelled fact of the entry, the label above its value: it reads the same on a phone. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div style={{ marginTop: 6 }}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={wrap}>
        {children}
      </Text>
    </div>
  );
}
