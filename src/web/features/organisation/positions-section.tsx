import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { type Opd, usePersonPositions } from './api.ts';
import { isCurrent, positionPeriod, todayIso } from './position-dates.ts';
import { PositionForm } from './position-form.tsx';

export interface PositionsSectionProps {
  regionId: string;
  personId: string;
  opds: Opd[];
  canEdit: boolean;
}

/** The positions of one person, newest history last, each editable in place; one form open at a time. */
export function PositionsSection({ regionId, personId, opds, canEdit }: PositionsSectionProps) {
  const { t } = useTranslation();
  const positions = usePersonPositions(regionId, personId);
  // 'new' while adding; a position's id while changing it.
  const [editing, setEditing] = useState<string | null>(null);
  const opdById = new Map(opds.map((o) => [o.id, o]));
  const today = todayIso();

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('organisation.positions.title')}
      </Title>
      {positions.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {positions.isError && <QueryError error={positions.error} onRetry={() => positions.refetch()} />}
      {positions.data?.length === 0 && editing !== 'new' && (
        <Text c="dimmed" size="sm">
          {t('organisation.positions.none')}
        </Text>
      )}
      {positions.data?.map((position) =>
        editing === position.id ? (
          <PositionForm
            key={position.id}
            regionId={regionId}
            personId={personId}
            position={position}
            opds={opds}
            onDone={() => setEditing(null)}
          />
        ) : (
          <Paper key={position.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Text fw={600}>{position.title}</Text>
                <Text size="sm">{opdById.get(position.opdId)?.name ?? position.opdId}</Text>
                <Group gap="xs" mt={4}>
                  <Badge variant="light">{t(`organisation.roles.${position.role}`)}</Badge>
                  <Badge variant="outline" color={isCurrent(position, today) ? 'teal' : 'gray'}>
                    {isCurrent(position, today)
                      ? t('organisation.positions.current')
                      : t('organisation.positions.past')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {positionPeriod(position, t, currentLanguage())}
                  </Text>
                </Group>
              </div>
              {canEdit && editing === null && (
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => setEditing(position.id)}
                  aria-label={t('organisation.positions.editNamed', { title: position.title })}
                >
                  {t('organisation.actions.edit')}
                </Button>
              )}
            </Group>
          </Paper>
        ),
      )}
      {editing === 'new' && (
        <PositionForm
          regionId={regionId}
          personId={personId}
          position={null}
          opds={opds}
          onDone={() => setEditing(null)}
        />
      )}
      {canEdit && editing === null && (
        <Group>
          <Button variant="light" onClick={() => setEditing('new')}>
            {t('organisation.positions.add')}
          </Button>
        </Group>
      )}
      {opds.length === 0 && canEdit && <Alert color="yellow">{t('organisation.opds.empty')}</Alert>}
    </Stack>
  );
}
