import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/problem.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { isUuid } from '../../lib/ids.ts';
import { useOpds } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { type Session, useAttendance, usePeople, usePositions, useSession, useWorkshops } from './api.ts';
import { CheckInBoard } from './check-in-board.tsx';
import { formatTimes } from './format-span.ts';
import { roman } from './phases.ts';

/** The check-in of one session (?session=<id>), an address a facilitator can share with a colleague. */
export function CheckInView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const known = isUuid(sessionId);
  const session = useSession(plan.id, known ? sessionId : '');
  const workshops = useWorkshops(plan.id);

  const missing = !known || (session.error instanceof ApiError && session.error.status === 404);
  if (missing)
    return (
      <Alert color="yellow" title={t('workshops.checkIn.sessionMissing')}>
        <Anchor component={Link} to={{ search: '' }}>
          {t('workshops.checkIn.backToPhases')}
        </Anchor>
      </Alert>
    );
  if (session.isError) return <QueryError error={session.error} onRetry={() => session.refetch()} />;
  if (workshops.isError) return <QueryError error={workshops.error} onRetry={() => workshops.refetch()} />;
  if (session.isPending || workshops.isPending) return <PageLoader />;
  // A session whose phase belongs to another plan is not this plan's: treat it as not found.
  const workshop = workshops.data.find((w) => w.id === session.data.phaseId);
  if (!workshop)
    return (
      <Alert color="yellow" title={t('workshops.checkIn.sessionMissing')}>
        <Anchor component={Link} to={{ search: '' }}>
          {t('workshops.checkIn.backToPhases')}
        </Anchor>
      </Alert>
    );

  const phase = roman(workshop.phase);
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={{ search: `?phase=${workshop.phase}` }} size="sm">
        ← {t('workshops.checkIn.back', { phase })}
      </Anchor>
      <div>
        <Title order={2} size="h3">
          {t('workshops.checkIn.heading', { title: session.data.title })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('workshops.checkIn.subtitle', { phase, ordinal: session.data.ordinal })} ·{' '}
          {formatTimes(session.data.startsAt, session.data.endsAt, currentLanguage())}
          {session.data.venue && ` · ${session.data.venue}`}
        </Text>
      </div>
      <CheckInData session={session.data} />
    </Stack>
  );
}

/** Waits for who is expected (people, their positions by OPD) and who is recorded. */
function CheckInData({ session }: { session: Session }) {
  const { plan, region } = usePlanContext();
  const attendance = useAttendance(plan.id, session.id, true);
  const people = usePeople(region.id);
  const opds = useOpds(region.id);
  const positions = usePositions(region.id, opds.data);

  const failed = [attendance, people, opds].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (positions.failed)
    return <QueryError error={positions.failed.error} onRetry={() => positions.failed?.refetch()} />;
  if (!attendance.data || !people.data || !opds.data || !positions.data) return <PageLoader />;
  return (
    <CheckInBoard
      session={session}
      records={attendance.data}
      people={people.data}
      opds={opds.data}
      positions={positions.data}
    />
  );
}
