import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mission } from '../workbench/api.ts';
import { deleteMission, type Goal, updateMission } from './api.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { GoalList } from './goal-list.tsx';
import type { Direction } from './ordering.ts';
import { StatementForm } from './statement-form.tsx';
import { usedBy } from './statements.ts';

export interface MissionItemProps {
  planId: string;
  mission: Mission;
  /** Its number as shown (1, 2, …), which is its place in the list. */
  number: number;
  isFirst: boolean;
  isLast: boolean;
  goals: Goal[];
  allGoals: Goal[];
  editable: boolean;
  /** While any mission moves, no other move starts. */
  moving: boolean;
  onMove: (direction: Direction) => void;
  /** Set after this mission moved: its move button takes the focus back, so the keyboard can go on. */
  focusAfterMove: Direction | null;
  onFocused: () => void;
  onChanged: () => Promise<unknown>;
}

/** One mission: its number, text and RPJMD link, its goals, and for the admin edit, move and delete. */
export function MissionItem(props: MissionItemProps) {
  const { t } = useTranslation();
  const { mission, number } = props;
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const headingId = `mission-${mission.id}`;

  const { focusAfterMove, isFirst, isLast, onFocused } = props;
  useEffect(() => {
    if (!focusAfterMove) return;
    // At an end of the list the button pressed is disabled: the other one takes the focus.
    const target = focusAfterMove === 'up' ? (isFirst ? down : up) : isLast ? up : down;
    target.current?.focus();
    onFocused();
  }, [focusAfterMove, isFirst, isLast, onFocused]);

  const blocked =
    props.goals.length > 0 ? t('vision.missions.hasGoals', { count: props.goals.length }) : null;

  return (
    <Card component="li" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={4} size="h5" id={headingId}>
            {t('vision.missions.number', { n: number })}
          </Title>
          {props.editable && !editing && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                ref={up}
                variant="default"
                aria-label={t('vision.missions.moveUp', { n: number })}
                disabled={props.isFirst || props.moving}
                onClick={() => props.onMove('up')}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                ref={down}
                variant="default"
                aria-label={t('vision.missions.moveDown', { n: number })}
                disabled={props.isLast || props.moving}
                onClick={() => props.onMove('down')}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
            </Group>
          )}
        </Group>
        {editing ? (
          <StatementForm<Mission>
            fields={[
              { key: 'text', label: t('vision.missions.text'), main: true },
              {
                key: 'rpjmdMission',
                label: t('vision.missions.rpjmd'),
                description: t('vision.missions.rpjmdDescription'),
              },
            ]}
            initial={{ text: mission.text, rpjmdMission: mission.rpjmdMission ?? '' }}
            version={mission.version}
            draftKey={`mission:${mission.id}`}
            save={(changes, version) =>
              updateMission(mission.id, {
                ...(changes.text === undefined ? {} : { text: changes.text.trim() }),
                ...(changes.rpjmdMission === undefined
                  ? {}
                  : { rpjmdMission: changes.rpjmdMission.trim() || null }),
                ...(version === null ? {} : { version }),
              })
            }
            toValues={(saved) => ({ text: saved.text, rpjmdMission: saved.rpjmdMission ?? '' })}
            onDone={async (saved) => {
              if (saved) await props.onChanged();
              edit.close();
            }}
          />
        ) : (
          <div>
            <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{mission.text}</Text>
            {mission.rpjmdMission && (
              <Group gap={6} mt={4} wrap="nowrap" align="flex-start">
                <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }} mt={3}>
                  {t('vision.missions.rpjmdBadge')}
                </Badge>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {mission.rpjmdMission}
                </Text>
              </Group>
            )}
          </div>
        )}
        {props.editable && !editing && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={edit.open}
              aria-label={t('vision.missions.edit', { n: number })}
            >
              {t('vision.actions.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={del.open}
              aria-label={t('vision.missions.delete', { n: number })}
            >
              {t('vision.actions.delete')}
            </Button>
          </Group>
        )}
        <GoalList
          planId={props.planId}
          missionId={mission.id}
          missionNumber={number}
          goals={props.goals}
          allGoals={props.allGoals}
          editable={props.editable}
          onChanged={props.onChanged}
        />
      </Stack>
      {props.editable && (
        <ConfirmDelete
          opened={deleting}
          title={t('vision.missions.deleteTitle', { n: number })}
          message={t('vision.missions.deleteBody', { text: mission.text })}
          blocked={blocked}
          remove={() => deleteMission(mission.id)}
          explain={(error) => {
            const by = usedBy(error);
            return by ? t(`vision.missions.usedBy.${by}`) : null;
          }}
          onClose={del.close}
          onDeleted={props.onChanged}
        />
      )}
    </Card>
  );
}
