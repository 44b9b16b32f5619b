import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { WORKSHOP_PHASES } from '../../../shared/domain.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useWorkshops } from './api.ts';
import { CheckInView } from './check-in-view.tsx';
import { ContinuityReport } from './continuity-report.tsx';
import { PhasePanel } from './phase-panel.tsx';
import { roman } from './phases.ts';

const CONTINUITY = 'continuity';

/** The phase in the address (?phase=2), else the plan's current phase, else Bimtek I. */
function chosenPhase(param: string | null, current: number | null | undefined): number {
  const asked = Number(param);
  if ((WORKSHOP_PHASES as readonly number[]).includes(asked)) return asked;
  return current && (WORKSHOP_PHASES as readonly number[]).includes(current) ? current : 1;
}

/**
 * Bimtek I–IV of the plan: each phase with its sessions, the check-in of a session at the door
 * (?session=<id>), and the continuity report (?view=continuity). Every view has its own address, so a
 * facilitator can send a colleague the link to the check-in they are running.
 */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(`${t('workshops.title')} · ${plan.title} · ${t('app.name')}`);

  const sessionId = params.get('session');
  if (sessionId) return <CheckInView sessionId={sessionId} />;
  const phase = chosenPhase(params.get('phase'), plan.currentPhase);
  const tab = params.get('view') === CONTINUITY ? CONTINUITY : String(phase);

  return (
    <Stack>
      <div>
        <Title order={2}>{t('workshops.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('workshops.intro')}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === CONTINUITY ? { view: CONTINUITY } : { phase: value ?? '1' })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('workshops.tabs.label')}>
          {WORKSHOP_PHASES.map((p) => (
            <Tabs.Tab key={p} value={String(p)}>
              {t('workshops.tabs.phase', { phase: roman(p) })}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value={CONTINUITY}>{t('workshops.tabs.continuity')}</Tabs.Tab>
        </Tabs.List>
        {WORKSHOP_PHASES.map((p) => (
          <Tabs.Panel key={p} value={String(p)} pt="md">
            <PhaseTab phase={p} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value={CONTINUITY} pt="md">
          <ContinuityReport />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function PhaseTab({ phase }: { phase: number }) {
  const { plan } = usePlanContext();
  const workshops = useWorkshops(plan.id);
  if (workshops.isPending) return <PageLoader />;
  if (workshops.isError) return <QueryError error={workshops.error} onRetry={() => workshops.refetch()} />;
  return <PhasePanel phase={phase} workshop={workshops.data.find((w) => w.phase === phase)} />;
}
