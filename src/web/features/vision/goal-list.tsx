import { Button, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { createGoal, deleteGoal, type Goal, updateGoal } from './api.ts';
import { nextOrdinal } from './ordering.ts';
import { StatementForm } from './statement-form.tsx';
import { StatementItem } from './statement-item.tsx';

export interface GoalListProps {
  planId: string;
  /** null: the goals that serve no mission (no adding there: a new goal belongs under a mission). */
  missionId: string | null;
  /** The mission's number as shown, for labels. */
  missionNumber: number | null;
  goals: Goal[];
  /** Every goal of the plan: goal ordinals are unique in the whole plan. */
  allGoals: Goal[];
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** The goals under one mission, each editable in place, and a way to add one. */
export function GoalList({
  planId,
  missionId,
  missionNumber,
  goals,
  allGoals,
  editable,
  onChanged,
}: GoalListProps) {
  const { t } = useTranslation();
  const [adding, add] = useDisclosure(false);
  const labels = {
    field: t('vision.goals.text'),
    edit: t('vision.goals.edit'),
    delete: t('vision.goals.delete'),
    deleteTitle: t('vision.goals.deleteTitle'),
  };

  return (
    <Stack gap="xs">
      {goals.length === 0 && missionId !== null && (
        <Text size="sm" c="dimmed">
          {t('vision.goals.none')}
        </Text>
      )}
      {goals.length > 0 && (
        <List
          spacing="xs"
          aria-label={
            missionNumber ? t('vision.goals.listLabel', { n: missionNumber }) : t('vision.goals.unlinked')
          }
          styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
        >
          {goals.map((goal) => (
            <List.Item key={goal.id}>
              <StatementItem<Goal>
                statement={goal}
                editable={editable}
                labels={{ ...labels, deleteBody: t('vision.goals.deleteBody', { text: goal.text }) }}
                draftKey={`goal:${goal.id}`}
                save={(changes, version) =>
                  updateGoal(goal.id, {
                    ...(changes.text === undefined ? {} : { text: changes.text.trim() }),
                    ...(version === null ? {} : { version }),
                  })
                }
                remove={() => deleteGoal(goal.id)}
                onChanged={onChanged}
              />
            </List.Item>
          ))}
        </List>
      )}
      {editable && missionId !== null && !adding && (
        <div>
          <Button size="compact-sm" variant="light" onClick={add.open}>
            {t('vision.goals.add')}
          </Button>
        </div>
      )}
      {adding && missionId !== null && (
        <StatementForm<Goal>
          fields={[{ key: 'text', label: labels.field, main: true }]}
          initial={{ text: '' }}
          version={null}
          draftKey={`goal:new:${missionId}`}
          save={(changes) =>
            createGoal(planId, {
              missionId,
              ordinal: nextOrdinal(allGoals.map((g) => g.ordinal)),
              text: (changes.text ?? '').trim(),
            })
          }
          toValues={(saved) => ({ text: saved.text })}
          onDone={async (saved) => {
            if (saved) await onChanged();
            add.close();
          }}
        />
      )}
    </Stack>
  );
}
