import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Measurement, PlanIndicator } from '../api.ts';
import { MeasurementStatusBadge } from '../badges.tsx';
import { formatValue } from '../values.ts';
import { CorrectionForm } from './correction-form.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { JudgeControls } from './judge-controls.tsx';
import { MeasurementActions } from './measurement-actions.tsx';
import { mayCorrect } from './measurement-correction.ts';
import { type Account, judgeView } from './measurement-input.ts';

interface Props {
  measurement: Measurement;
  indicator: PlanIndicator;
  /** The plan's years, for a correction's period. */
  years: number[];
  /** May add evidence, correct or delete the value (the producer OPD, the regency admin). */
  canContribute: boolean;
  /** May verify or reject values (the regency admin). */
  canJudge: boolean;
  account: Account;
}

/**
 * One measured value: its period and figure, who reported and who checked it, its evidence, the verdict;
 * corrected in place while it awaits or has failed its check.
 */
export function MeasurementItem({
  measurement: m,
  indicator,
  years,
  canContribute,
  canJudge,
  account,
}: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { planId } = indicator;
  const unit = indicator.catalog.unit;
  const [correcting, setCorrecting] = useState(false);
  const correctable = mayCorrect(m, canContribute);
  const verdict = judgeView(m, canJudge, account);
  const period =
    m.periodStart || m.periodEnd
      ? ` (${[m.periodStart, m.periodEnd].map((d) => (d ? formatDate(d, language) : '…')).join(' – ')})`
      : '';

  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      aria-label={t('indicators.measurements.itemLabel', { year: m.periodYear })}
    >
      <Group justify="space-between" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {m.periodYear}
            {period}
          </Text>
          <Text fw={700} size="lg">
            {formatValue(m.value, language)}{' '}
            <Text span size="sm" fw={400}>
              {unit}
            </Text>
          </Text>
          {m.numerator !== null && m.denominator !== null && (
            <Text size="xs" c="dimmed">
              {formatValue(m.numerator, language)} / {formatValue(m.denominator, language)}
            </Text>
          )}
        </div>
        <MeasurementStatusBadge status={m.status} />
      </Group>
      {correcting && correctable ? (
        <div style={{ marginTop: 8 }}>
          <CorrectionForm
            measurement={m}
            indicator={indicator}
            years={years}
            onClose={() => setCorrecting(false)}
          />
        </div>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            <Stack gap={2}>
              <Text size="sm">{t('indicators.measurements.by', { name: m.submittedBy ?? '—' })}</Text>
              {m.status !== 'submitted' && m.verifiedBy && (
                <Text size="sm">
                  {t(
                    m.status === 'verified'
                      ? 'indicators.measurements.verifiedBy'
                      : 'indicators.measurements.rejectedBy',
                    {
                      name: m.verifiedBy,
                      date: m.verifiedAt ? formatDate(m.verifiedAt, language) : '',
                    },
                  )}
                </Text>
              )}
              {m.rejectionReason && (
                <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                  {t('indicators.measurements.reason', { reason: m.rejectionReason })}
                </Text>
              )}
              {m.note && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {m.note}
                </Text>
              )}
            </Stack>
            <EvidenceList measurement={m} planId={planId} canChange={canContribute} />
          </SimpleGrid>
          {verdict === 'controls' && (
            <div style={{ marginTop: 8 }}>
              <JudgeControls measurement={m} planId={planId} verifier={account.name} />
            </div>
          )}
          {(verdict === 'ownAccount' || verdict === 'ownName') && (
            <Text size="xs" c="dimmed" mt="xs">
              {t(verdict === 'ownAccount' ? 'indicators.judge.notOwn' : 'indicators.judge.notOwnName')}
            </Text>
          )}
          {canContribute && (
            <MeasurementActions
              measurementId={m.id}
              planId={planId}
              onCorrect={correctable ? () => setCorrecting(true) : null}
            />
          )}
        </>
      )}
    </Card>
  );
}
