import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { type Session, useAttendance, useSessions, type Workshop } from './api.ts';
import { formatTimes } from './format-span.ts';
import { attended, roman } from './phases.ts';
import { SessionForm } from './session-form.tsx';

/** A phase's sessions in order, each with how many attended and a way into its check-in. */
export function SessionList({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const { plan, can } = usePlanContext();
  const sessions = useSessions(plan.id, workshop.id);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const phone = useMediaQuery('(max-width: 36em)');
  const mayRun = can('runWorkshops');

  if (sessions.isPending) return <PageLoader />;
  if (sessions.isError) return <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />;
  const nextOrdinal = Math.max(0, ...sessions.data.map((s) => s.ordinal)) + 1;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('workshops.sessions.heading')}
        </Title>
        {mayRun && (
          <Button size="xs" onClick={() => setEditing('new')}>
            {t('workshops.sessions.add')}
          </Button>
        )}
      </Group>
      {sessions.data.length === 0 && <Text c="dimmed">{t('workshops.sessions.none')}</Text>}
      {sessions.data.map((session) => (
        <SessionCard
          key={session.id}
          session={session}
          phase={workshop.phase}
          onEdit={mayRun ? () => setEditing(session) : undefined}
        />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        fullScreen={phone}
        title={
          editing === 'new' || editing === null
            ? t('workshops.sessionForm.createTitle', { phase: roman(workshop.phase) })
            : t('workshops.sessionForm.editTitle', { ordinal: editing.ordinal })
        }
      >
        {editing !== null && (
          <SessionForm
            planId={plan.id}
            workshop={workshop}
            session={editing === 'new' ? null : editing}
            nextOrdinal={nextOrdinal}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function SessionCard({ session, phase, onEdit }: { session: Session; phase: number; onEdit?: () => void }) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const attendance = useAttendance(plan.id, session.id);
  const count = attendance.data?.filter((r) => attended(r.status)).length;
  const heading = t('workshops.sessions.title', { ordinal: session.ordinal, title: session.title });

  return (
    <Paper withBorder p="md" component="article" aria-label={heading}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Title order={4} size="h5">
            {heading}
          </Title>
          <Text size="sm" c="dimmed">
            {formatTimes(session.startsAt, session.endsAt, currentLanguage())}
            {session.venue && ` · ${session.venue}`}
          </Text>
          {session.facilitator && (
            <Text size="sm">{t('workshops.sessions.facilitator', { name: session.facilitator })}</Text>
          )}
        </div>
        {count !== undefined && (
          <Badge variant="light" size="lg">
            {t('workshops.sessions.attended', { count })}
          </Badge>
        )}
      </Group>
      {session.agenda && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <Text span fw={600}>
            {t('workshops.sessions.agenda')}:
          </Text>{' '}
          {session.agenda}
        </Text>
      )}
      <Group mt="sm" gap="xs">
        <Button
          component={Link}
          to={{ search: `?phase=${phase}&session=${session.id}` }}
          size="sm"
          aria-label={`${t('workshops.sessions.checkIn')}: ${heading}`}
        >
          {t('workshops.sessions.checkIn')}
        </Button>
        {onEdit && (
          <Button
            variant="default"
            size="sm"
            onClick={onEdit}
            aria-label={`${t('workshops.sessions.edit')}: ${heading}`}
          >
            {t('workshops.sessions.edit')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
