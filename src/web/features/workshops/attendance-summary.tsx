import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../shared/domain.ts';
import { STATUS_COLORS } from './phases.ts';
import type { StatusCounts } from './roster.ts';

/** How many are in the room, counted as continuity counts them (present or late), and every status. */
export function AttendanceSummary({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text fw={700} size="lg">
        {t('workshops.checkIn.attendedOf', { attended: counts.attended, total: counts.total })}
      </Text>
      <Group gap="xs" mt={4}>
        {ATTENDANCE_STATUSES.map((s) => (
          <Badge key={s} variant="light" color={STATUS_COLORS[s]}>
            {t(`workshops.status.${s}`)}: {counts[s]}
          </Badge>
        ))}
        <Badge variant="light" color="gray">
          {t('workshops.status.unrecorded')}: {counts.unrecorded}
        </Badge>
      </Group>
    </Paper>
  );
}
