import { Badge, Fieldset, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CRITERION_FAILING_MAX,
  CRITERION_SCORE_MAX,
  CRITERION_SCORE_MIN,
  INDICATOR_CRITERIA,
} from '../../../../shared/domain.ts';
import { gradeAssessment } from '../../../../shared/indicator-quality.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { GradeBadge } from '../badges.tsx';
import type { SectionProps } from './form-types.ts';
import { fieldsOf } from './indicator-values.ts';

const SCORES = Array.from({ length: CRITERION_SCORE_MAX - CRITERION_SCORE_MIN + 1 }, (_, i) =>
  String(CRITERION_SCORE_MIN + i),
);

/**
 * The six criteria of a good indicator, each scored 1–5 with a short reason, and the overall grade
 * worked out as the scores are chosen (the same rule the server applies: src/shared/indicator-quality.ts).
 */
export function AssessmentFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const quality = gradeAssessment(fieldsOf(form.values).assessments);
  return (
    <Fieldset legend={t('indicators.detail.sections.assessment')}>
      <Stack gap="sm">
        <Group gap="xs" aria-live="polite">
          <Text size="sm">{t('indicators.assessment.overall')}</Text>
          <GradeBadge quality={quality} />
          {quality.meanScore !== null && (
            <Text size="sm" c="dimmed">
              {t('indicators.assessment.mean', {
                mean: formatNumber(quality.meanScore, currentLanguage(), 2),
                assessed: quality.assessed,
              })}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('indicators.assessment.scale', { failing: CRITERION_FAILING_MAX })}
        </Text>
        {INDICATOR_CRITERIA.map((criterion) => {
          const name = t(`indicators.criteria.${criterion}.name`);
          const score = form.values.assessments[criterion]?.score ?? null;
          const failing = score !== null && Number(score) <= CRITERION_FAILING_MAX;
          return (
            <Paper key={criterion} withBorder p="xs">
              <Radio.Group
                label={name}
                description={
                  <>
                    {t(`indicators.criteria.${criterion}.explain`)}
                    {failing && (
                      <Badge size="xs" color="red" tt="none" component="span" ml={6}>
                        {t('indicators.assessment.failing')}
                      </Badge>
                    )}
                  </>
                }
                readOnly={readOnly}
                {...form.getInputProps(`assessments.${criterion}.score`)}
                value={score}
              >
                <Group gap="sm" mt={6}>
                  {SCORES.map((s) => (
                    <Radio key={s} value={s} label={s} disabled={readOnly && s !== score} />
                  ))}
                </Group>
              </Radio.Group>
              <TextInput
                mt={6}
                size="xs"
                label={t('indicators.assessment.rationale')}
                aria-label={t('indicators.assessment.rationaleOf', { criterion: name })}
                maxLength={2000}
                readOnly={readOnly}
                {...form.getInputProps(`assessments.${criterion}.rationale`)}
              />
            </Paper>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
