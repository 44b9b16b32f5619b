import { Alert, Button, Card, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import type { Mission } from '../workbench/api.ts';
import { createMission, type Goal, updateMission } from './api.ts';
import { GoalList } from './goal-list.tsx';
import { MissionItem } from './mission-item.tsx';
import { type Direction, neighbourOf, nextOrdinal, swapOrdinals } from './ordering.ts';
import { StatementForm } from './statement-form.tsx';
import { goalsUnder } from './statements.ts';

export interface MissionSectionProps {
  planId: string;
  /** In ordinal order, as the API lists them. */
  missions: Mission[];
  goals: Goal[];
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** The plan's missions in order, each with its goals; the admin adds, edits, reorders and deletes. */
export function MissionSection({ planId, missions, goals, editable, onChanged }: MissionSectionProps) {
  const { t } = useTranslation();
  const [adding, add] = useDisclosure(false);
  const [focus, setFocus] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const clearFocus = useCallback(() => setFocus(null), []);

  const move = useMutation({
    mutationFn: async ({ mission, direction }: { mission: Mission; direction: Direction }) => {
      const other = neighbourOf(missions, mission.id, direction);
      if (!other) return;
      await swapOrdinals(mission, other, missions, (id, body) => updateMission(id, body));
    },
    onSuccess: async (_result, { mission, direction }) => {
      await onChanged();
      const at = missions.findIndex((m) => m.id === mission.id) + (direction === 'up' ? 0 : 2);
      setAnnouncement(t('vision.missions.moved', { n: at }));
      setFocus({ id: mission.id, direction });
    },
    // The list may have changed under the user: show it as it is now.
    onError: () => onChanged(),
  });
  const moveError =
    move.error instanceof ApiError && move.error.kind === 'stale-version'
      ? t('vision.missions.moveStale')
      : move.error
        ? problemMessage(t, move.error)
        : null;
  const unlinked = goalsUnder(goals, null);

  return (
    <Stack component="section" aria-labelledby="missions-heading" gap="sm">
      <div>
        <Title order={3} id="missions-heading">
          {t('vision.missions.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('vision.missions.intro')}
        </Text>
      </div>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {moveError && (
        <Alert color="red" role="alert">
          {moveError}
        </Alert>
      )}
      {missions.length === 0 && <Text c="dimmed">{t('vision.missions.none')}</Text>}
      {missions.length > 0 && (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('vision.missions.listLabel')}
        >
          {missions.map((mission, index) => (
            <MissionItem
              key={mission.id}
              planId={planId}
              mission={mission}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === missions.length - 1}
              goals={goalsUnder(goals, mission.id)}
              allGoals={goals}
              editable={editable}
              moving={move.isPending}
              onMove={(direction) => move.mutate({ mission, direction })}
              focusAfterMove={focus?.id === mission.id ? focus.direction : null}
              onFocused={clearFocus}
              onChanged={onChanged}
            />
          ))}
        </Stack>
      )}
      {unlinked.length > 0 && (
        <Card withBorder padding="md">
          <Title order={4} size="h5" mb="xs">
            {t('vision.goals.unlinked')}
          </Title>
          <GoalList
            planId={planId}
            missionId={null}
            missionNumber={null}
            goals={unlinked}
            allGoals={goals}
            editable={editable}
            onChanged={onChanged}
          />
        </Card>
      )}
      {editable && !adding && (
        <div>
          <Button onClick={add.open}>{t('vision.missions.add')}</Button>
        </div>
      )}
      {adding && (
        <Card withBorder padding="md" component="section" aria-label={t('vision.missions.newHeading')}>
          <Title order={4} size="h5" mb="xs">
            {t('vision.missions.newHeading')}
          </Title>
          <StatementForm<Mission>
            fields={[
              { key: 'text', label: t('vision.missions.text'), main: true },
              {
                key: 'rpjmdMission',
                label: t('vision.missions.rpjmd'),
                description: t('vision.missions.rpjmdDescription'),
              },
            ]}
            initial={{ text: '', rpjmdMission: '' }}
            version={null}
            draftKey={`mission:new:${planId}`}
            save={(changes) =>
              createMission(planId, {
                ordinal: nextOrdinal(missions.map((m) => m.ordinal)),
                text: (changes.text ?? '').trim(),
                rpjmdMission: changes.rpjmdMission?.trim() || null,
              })
            }
            toValues={(saved) => ({ text: saved.text, rpjmdMission: saved.rpjmdMission ?? '' })}
            onDone={async (saved) => {
              if (saved) await onChanged();
              add.close();
            }}
          />
        </Card>
      )}
    </Stack>
  );
}
