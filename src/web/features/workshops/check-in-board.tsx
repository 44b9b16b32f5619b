import {
  Alert,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../shared/domain.ts';
import type { Opd } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import type { Attendance, OpdPosition, Person, Session } from './api.ts';
import { AttendanceSummary } from './attendance-summary.tsx';
import classes from './check-in.module.css';
import { CheckInRow } from './check-in-row.tsx';
import { localDate } from './date-input.ts';
import { type AttendanceStatus, attended } from './phases.ts';
import { buildRoster, countStatuses, groupByOpd, matches, type RosterEntry } from './roster.ts';
import { useCheckIn } from './use-check-in.ts';

type StatusFilter = AttendanceStatus | 'unrecorded' | 'all';
const ALL_OPDS = 'all';

interface CheckInBoardProps {
  session: Session;
  records: Attendance[];
  people: Person[];
  opds: Opd[];
  positions: OpdPosition[];
}

/**
 * The list at the door: everyone expected, grouped by OPD, found by typing part of a name or an OPD;
 * Enter marks the one person found present and clears the search for the next arrival.
 */
export function CheckInBoard({ session, records, people, opds, positions }: CheckInBoardProps) {
  const { t } = useTranslation();
  const { plan, can } = usePlanContext();
  const mayRecord = (opdId: string) => can('recordAttendance', [opdId]);
  // An OPD participant records only their own OPD: start with it in view.
  const own = opds.filter((o) => mayRecord(o.id));
  const [opdFilter, setOpdFilter] = useState<string | null>(
    own.length === 1 && opds.length > 1 ? (own[0]?.id ?? null) : null,
  );
  const [query, setQuery] = useState('');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const [everyone, setEveryone] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { pending, mark } = useCheckIn(plan.id, session, (who, status) =>
    setAnnouncement(
      t('workshops.checkIn.saved', { name: who.fullName, status: t(`workshops.status.${status}`) }),
    ),
  );

  const roster = useMemo(
    () => buildRoster({ people, positions, records, day: localDate(session.startsAt), everyone }),
    [people, positions, records, session.startsAt, everyone],
  );
  const withoutPosition = useMemo(() => {
    const placed = new Set([...positions.map((p) => p.personId), ...records.map((r) => r.personId)]);
    return people.filter((p) => !placed.has(p.id)).length;
  }, [people, positions, records]);
  const opdById = useMemo(() => new Map(opds.map((o) => [o.id, o])), [opds]);

  const statusOf = (e: RosterEntry) => pending[e.personId]?.status ?? e.record?.status ?? null;
  const counts = countStatuses(roster.map(statusOf));
  const visible = roster.filter(
    (e) =>
      (opdFilter === null || e.opdId === opdFilter) &&
      (statusFilter === 'all' || (statusOf(e) ?? 'unrecorded') === statusFilter) &&
      matches(e, opdById.get(e.opdId), query),
  );
  const groups = groupByOpd(
    visible,
    opds.map((o) => o.id),
  );
  // Per OPD over everyone expected, whatever the filters hide.
  const perOpd = new Map<string, { here: number; total: number }>();
  for (const e of roster) {
    const c = perOpd.get(e.opdId) ?? { here: 0, total: 0 };
    perOpd.set(e.opdId, c);
    c.total++;
    if (attended(statusOf(e))) c.here++;
  }
  const only = visible.length === 1 && visible[0] && mayRecord(visible[0].opdId) ? visible[0] : null;

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (!only) return;
    mark(only, 'present');
    setQuery('');
  };

  return (
    <Stack gap="sm">
      <AttendanceSummary counts={counts} />
      {own.length === 0 && (
        <Alert color="gray" role="note">
          {t('workshops.checkIn.readOnly')}
        </Alert>
      )}
      <div className={classes.search}>
        <TextInput
          type="search"
          label={t('workshops.checkIn.search')}
          description={
            only
              ? t('workshops.checkIn.enterHint', { name: only.fullName })
              : t('workshops.checkIn.searchHint')
          }
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onSearchKey}
          autoComplete="off"
        />
        <Text size="sm" c="teal.8" mt={4} aria-live="polite" mih="1.4em">
          {announcement}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('workshops.checkIn.opd')}
          // "All OPDs" is an option rather than a clear button: Mantine's is out of the keyboard's reach.
          data={[
            { value: ALL_OPDS, label: t('workshops.checkIn.allOpds') },
            ...opds.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` })),
          ]}
          value={opdFilter ?? ALL_OPDS}
          onChange={(value) => setOpdFilter(value === ALL_OPDS ? null : value)}
          searchable
          allowDeselect={false}
        />
        <Select
          label={t('workshops.checkIn.statusFilter')}
          data={[
            { value: 'all', label: t('workshops.checkIn.allStatuses') },
            { value: 'unrecorded', label: t('workshops.status.unrecorded') },
            ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`workshops.status.${s}`) })),
          ]}
          value={statusFilter}
          onChange={(value) => setStatusFilter((value as StatusFilter | null) ?? 'all')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Switch
        label={t('workshops.checkIn.everyone')}
        checked={everyone}
        onChange={(event) => setEveryone(event.currentTarget.checked)}
      />
      {withoutPosition > 0 && (
        <Text size="sm" c="dimmed">
          {t('workshops.checkIn.noPosition', { count: withoutPosition })}
        </Text>
      )}
      {roster.length === 0 && <Text c="dimmed">{t('workshops.checkIn.empty')}</Text>}
      {roster.length > 0 && visible.length === 0 && <Text c="dimmed">{t('workshops.checkIn.noMatch')}</Text>}
      {groups.map((group) => {
        const opd = opdById.get(group.opdId);
        const { here = 0, total = 0 } = perOpd.get(group.opdId) ?? {};
        return (
          <Paper
            key={group.opdId}
            withBorder
            px="sm"
            pt="xs"
            pb={4}
            component="section"
            aria-label={opd?.name}
          >
            <Group justify="space-between" gap="xs" pb={4}>
              <Title order={3} size="h6">
                {opd ? `${opd.code} · ${opd.name}` : group.opdId}
              </Title>
              <Text size="xs" c="dimmed">
                {t('workshops.checkIn.groupCount', { attended: here, total })}
              </Text>
            </Group>
            {group.entries.map((e) => (
              <CheckInRow
                key={e.personId}
                entry={e}
                status={statusOf(e)}
                pending={pending[e.personId]}
                mayRecord={mayRecord(e.opdId)}
                onMark={(status) => mark(e, status)}
              />
            ))}
          </Paper>
        );
      })}
    </Stack>
  );
}
