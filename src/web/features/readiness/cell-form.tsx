import {
  Alert,
  Button,
  Fieldset,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import type { CellPlace, ReadinessScore } from './api.ts';
import { NOTE_MAX_LENGTH, type NoteField } from './cell-values.ts';
import { MATURITY_SCORES } from './matrix.ts';
import { useCellForm } from './use-cell-form.ts';
import { useReadinessLabels } from './use-labels.ts';

const SWOT: NoteField[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

interface CellFormProps {
  place: CellPlace;
  stored: ReadinessScore | null;
  pillarName: string;
  aspectName: string;
  onDone: () => void;
}

/** Score, SWOT notes, evidence and date of one cell, for the regency's admin. */
export function CellForm({ place, stored, pillarName, aspectName, onDone }: CellFormProps) {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  const scoreLabelId = useId();
  const cell = useCellForm({
    place,
    stored,
    onSaved: () => {
      notifications.show({
        color: 'teal',
        message: t('readiness.form.saved', { aspect: aspectName, pillar: pillarName }),
      });
      onDone();
    },
  });
  const { form } = cell;
  const score = form.values.score;
  const noteProps = (field: NoteField) => {
    const input = form.getInputProps(field);
    return {
      ...input,
      label: t(`readiness.form.${field}`),
      autosize: true,
      minRows: 2,
      maxRows: 8,
      // The count turns into the error once the limit is passed (on save).
      description: t('readiness.form.length', { count: form.values[field].length, max: NOTE_MAX_LENGTH }),
    };
  };
  const conflictFields = [
    { key: 'score', label: t('readiness.form.score') },
    ...SWOT.map((field) => ({ key: field, label: t(`readiness.form.${field}`) })),
    { key: 'evidence', label: t('readiness.form.evidence') },
    { key: 'assessedOn', label: t('readiness.form.assessedOn') },
  ];

  return (
    <>
      <form onSubmit={cell.onSubmit} noValidate>
        <Stack gap="md">
          {cell.draftRestored && (
            <Alert color="blue">
              {t('draft.restored')}{' '}
              <Button variant="subtle" size="compact-sm" onClick={cell.discardDraft}>
                {t('draft.discard')}
              </Button>
            </Alert>
          )}
          <Input.Wrapper
            labelProps={{ id: scoreLabelId }}
            label={t('readiness.form.score')}
            description={score ? labels.levelName(Number(score)) : undefined}
            error={form.errors.score}
            required
          >
            <SegmentedControl
              aria-labelledby={scoreLabelId}
              fullWidth
              mt={4}
              value={score}
              onChange={(value) => form.setFieldValue('score', value)}
              data={MATURITY_SCORES.map((s) => ({ value: String(s), label: String(s) }))}
            />
          </Input.Wrapper>
          <Fieldset
            legend={
              <Text span fw={700}>
                {t('readiness.form.swot')}
              </Text>
            }
            variant="unstyled"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {SWOT.map((field) => (
                <Textarea key={field} {...noteProps(field)} />
              ))}
            </SimpleGrid>
          </Fieldset>
          <Textarea
            {...noteProps('evidence')}
            description={`${t('readiness.form.evidenceHint')} · ${noteProps('evidence').description}`}
          />
          <TextInput
            type="date"
            label={t('readiness.form.assessedOn')}
            {...form.getInputProps('assessedOn')}
          />
          {cell.formError && (
            <Alert color="red" role="alert">
              {cell.formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                cell.forget();
                onDone();
              }}
            >
              {t('readiness.form.cancel')}
            </Button>
            <Button type="submit" loading={cell.saving}>
              {t('readiness.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {cell.conflict && <ConflictDialog fields={conflictFields} {...cell.conflict} />}
    </>
  );
}
