import { Alert, Button, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type Program, useReviewProgram } from './api.ts';

type Verdict = 'accepted' | 'needs_revision';

/**
 * A facilitator's verdict on the version on screen. Asking for a revision takes a comment: the OPD has
 * to know what to change (the API would accept none, the workshop would not).
 */
export function ReviewForm({
  program,
  planId,
  onStale,
}: {
  program: Program;
  planId: string;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const review = useReviewProgram(planId, program.id);
  const form = useForm<{ verdict: Verdict | null; comment: string }>({
    initialValues: { verdict: null, comment: '' },
    validate: {
      verdict: (v) => (v ? null : t('program.review.verdictRequired')),
      comment: (v, values) =>
        values.verdict === 'needs_revision' && !v.trim() ? t('program.review.commentRequired') : null,
    },
  });
  const stale = review.error instanceof ApiError && review.error.kind === 'stale-version';

  return (
    <form
      noValidate
      aria-label={t('program.review.formLabel')}
      onSubmit={form.onSubmit((values) =>
        review.mutate(
          {
            verdict: values.verdict ?? 'accepted',
            comment: values.comment.trim() || null,
            // The verdict is on what the facilitator read: a newer version is refused (409).
            programVersion: program.version,
          },
          {
            onSuccess: () => {
              form.reset();
              notifications.show({ color: 'teal', message: t('program.review.sent') });
            },
            onError: (error) => {
              if (error instanceof ApiError) form.setErrors(error.fieldMessages());
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        {review.error && (
          <Alert color={stale ? 'yellow' : 'red'} role="alert">
            {stale ? t('program.review.stale') : problemMessage(t, review.error)}
            {stale && (
              <Button
                size="compact-sm"
                variant="light"
                display="block"
                mt="xs"
                onClick={() => {
                  review.reset();
                  onStale();
                }}
              >
                {t('program.review.reload')}
              </Button>
            )}
          </Alert>
        )}
        <Radio.Group label={t('program.review.verdict')} required {...form.getInputProps('verdict')}>
          <Stack gap={6} mt={6}>
            <Radio value="accepted" label={t('program.review.status.accepted')} />
            <Radio value="needs_revision" label={t('program.review.status.needs_revision')} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('program.review.comment')}
          required={form.values.verdict === 'needs_revision'}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('comment')}
        />
        <Button type="submit" loading={review.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('program.review.submit')}
        </Button>
      </Stack>
    </form>
  );
}
