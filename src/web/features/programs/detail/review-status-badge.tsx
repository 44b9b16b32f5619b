import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../../shared/domain.ts';

const COLORS: Record<ReviewStatus, string> = { pending: 'gray', accepted: 'teal', needs_revision: 'orange' };

/** The facilitator's latest verdict on a programme. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`program.review.status.${status}`)}
    </Badge>
  );
}
