import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../shared/domain.ts';
import { problemMessage } from '../../api/problem-message.ts';
import classes from './check-in.module.css';
import { type AttendanceStatus, STATUS_COLORS } from './phases.ts';
import type { RosterEntry } from './roster.ts';
import type { PendingMark } from './use-check-in.ts';

interface CheckInRowProps {
  entry: RosterEntry;
  /** What the screen shows: a click not yet saved, else the stored status. */
  status: AttendanceStatus | null;
  pending: PendingMark | undefined;
  mayRecord: boolean;
  onMark: (status: AttendanceStatus) => void;
}

/** A person at the door: one click on a status records it; read-only for whoever may not record it. */
export function CheckInRow({ entry, status, pending, mayRecord, onMark }: CheckInRowProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.row}>
      <div className={classes.who}>
        <Text fw={600} size="sm">
          {entry.fullName}
        </Text>
        {entry.positionTitle && (
          <Text size="xs" c="dimmed">
            {entry.positionTitle}
          </Text>
        )}
        {pending?.state === 'saving' && (
          <Text size="xs" c="dimmed">
            {t('workshops.checkIn.saving')}
          </Text>
        )}
        {pending?.state === 'failed' && (
          <Text size="xs" c="red" role="alert">
            {t('workshops.checkIn.notSaved', { reason: problemMessage(t, pending.error) })}{' '}
            <Anchor component="button" type="button" size="xs" onClick={() => onMark(pending.status)}>
              {t('workshops.checkIn.retry')}
            </Anchor>
          </Text>
        )}
      </div>
      {mayRecord ? (
        <Group
          gap={4}
          wrap="nowrap"
          role="group"
          aria-label={t('workshops.checkIn.statusOf', { name: entry.fullName })}
        >
          {ATTENDANCE_STATUSES.map((s) => (
            <Button
              key={s}
              size="compact-sm"
              px={8}
              color={STATUS_COLORS[s]}
              variant={status === s ? 'filled' : 'default'}
              aria-pressed={status === s}
              onClick={() => status !== s && onMark(s)}
            >
              {t(`workshops.status.${s}`)}
            </Button>
          ))}
        </Group>
      ) : (
        <Badge variant="light" color={status ? STATUS_COLORS[status] : 'gray'}>
          {t(`workshops.status.${status ?? 'unrecorded'}`)}
        </Badge>
      )}
    </div>
  );
}
