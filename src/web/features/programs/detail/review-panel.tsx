import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type Program, useProgramReviews } from './api.ts';
import type { ProgramLookups } from './lookups.ts';
import { ReviewForm } from './review-form.tsx';
import { ReviewStatusBadge } from './review-status-badge.tsx';

interface Props {
  program: Program;
  planId: string;
  lookups: ProgramLookups;
  canReview: boolean;
  onStale: () => void;
}

/** The facilitator's verdicts on the programme, newest first, and a new one for those who review. */
export function ReviewPanel({ program, planId, lookups, canReview, onStale }: Props) {
  const { t } = useTranslation();
  const reviews = useProgramReviews(planId, program.id, true);

  return (
    <Card withBorder component="section" aria-labelledby="program-reviews">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="program-reviews">
            {t('program.review.title')}
          </Title>
          <ReviewStatusBadge status={program.reviewStatus} />
        </Group>
        {canReview && <ReviewForm program={program} planId={planId} onStale={onStale} />}
        {reviews.isError && <QueryError error={reviews.error} onRetry={() => reviews.refetch()} />}
        {reviews.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('program.review.empty')}
          </Text>
        )}
        {reviews.data && reviews.data.length > 0 && (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {reviews.data.map((review) => (
              <Card key={review.id} component="li" withBorder padding="xs">
                <Group justify="space-between" gap={4}>
                  <ReviewStatusBadge status={review.verdict} />
                  <Text size="xs" c="dimmed">
                    {t('program.review.by', {
                      author: review.author,
                      when: formatDateTime(review.createdAt, lookups.language),
                    })}
                  </Text>
                </Group>
                {review.comment && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {review.comment}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
