import { Alert, Anchor, Badge, Group, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { type Opd, type OpdPosition, type Person, usePeople, useRegionPositions } from './api.ts';
import { ListToolbar, ShownCount } from './list-toolbar.tsx';
import { matches } from './matches.ts';
import { PersonEditor } from './person-editor.tsx';
import { isCurrent, todayIso } from './position-dates.ts';
import { EditCell, type Editing, SectionModal } from './section-modal.tsx';
import { useUrlParam } from './url-state.ts';

export interface PeopleSectionProps {
  regionId: string;
  regionName: string;
  opds: Opd[];
  canRead: boolean;
  canEdit: boolean;
}

/** The region's people with their current positions; never published, so only its own team sees it. */
export function PeopleSection(props: PeopleSectionProps) {
  const { t } = useTranslation();
  if (!props.canRead)
    return (
      <Alert color="gray" mt="sm">
        {t('organisation.people.hidden', { region: props.regionName })}
      </Alert>
    );
  return <PeopleList {...props} />;
}

function PeopleList({ regionId, opds, canEdit }: PeopleSectionProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useUrlParam('q');
  const [opdFilter, setOpdFilter] = useUrlParam('opd');
  const [editing, setEditing] = useState<Editing<Person>>(null);
  const people = usePeople(regionId, true);
  const opdIds = useMemo(() => opds.map((o) => o.id), [opds]);
  const positions = useRegionPositions(regionId, opdIds, true);
  const opdById = useMemo(() => new Map(opds.map((o) => [o.id, o])), [opds]);
  const currentByPerson = useMemo(() => {
    const today = todayIso();
    const byPerson = new Map<string, OpdPosition[]>();
    for (const position of positions.data ?? [])
      if (isCurrent(position, today))
        byPerson.set(position.personId, [...(byPerson.get(position.personId) ?? []), position]);
    return byPerson;
  }, [positions.data]);

  if (people.isPending) return <PageLoader />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => people.refetch()} />;

  const all = people.data;
  const shown = all.filter((person) => {
    const held = currentByPerson.get(person.id) ?? [];
    if (opdFilter && !held.some((p) => p.opdId === opdFilter)) return false;
    return matches(query, [
      person.fullName,
      person.email,
      person.phone,
      ...held.flatMap((p) => [p.title, opdById.get(p.opdId)?.code, opdById.get(p.opdId)?.name]),
    ]);
  });
  const close = () => setEditing(null);

  return (
    <Stack gap="sm">
      <ListToolbar
        query={query}
        onQuery={setQuery}
        placeholder={t('organisation.people.searchPlaceholder')}
        addLabel={canEdit ? t('organisation.people.add') : null}
        onAdd={() => setEditing('new')}
      >
        <NativeSelect
          label={t('organisation.people.opdFilter')}
          value={opdFilter}
          onChange={(event) => setOpdFilter(event.currentTarget.value)}
          data={[
            { value: '', label: t('organisation.people.allOpds') },
            ...opds.map((o) => ({ value: o.id, label: o.code })),
          ]}
        />
      </ListToolbar>
      {positions.isError && <QueryError error={positions.error} onRetry={() => positions.refetch()} />}
      <ShownCount shown={shown.length} total={all.length} />
      {all.length === 0 ? (
        <Text c="dimmed">{t('organisation.people.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('organisation.noMatch')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation.people.fullName')}</Table.Th>
                <Table.Th>{t('organisation.people.contact')}</Table.Th>
                <Table.Th>{t('organisation.people.positions')}</Table.Th>
                {canEdit && (
                  <Table.Th>
                    <VisuallyHidden>{t('organisation.actions.edit')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td fw={500}>{person.fullName}</Table.Td>
                  <Table.Td>
                    {person.email && (
                      <Anchor href={`mailto:${person.email}`} size="sm" display="block">
                        {person.email}
                      </Anchor>
                    )}
                    {person.phone && (
                      <Anchor href={`tel:${person.phone.replace(/[^+\d]/g, '')}`} size="sm" display="block">
                        {person.phone}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <HeldPositions
                      held={currentByPerson.get(person.id) ?? []}
                      opdById={opdById}
                      loading={positions.isPending}
                    />
                  </Table.Td>
                  {canEdit && (
                    <EditCell
                      name={t('organisation.people.editNamed', { name: person.fullName })}
                      onClick={() => setEditing(person)}
                    />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SectionModal
        editing={editing}
        onClose={close}
        addTitle={t('organisation.people.addTitle')}
        editTitle={(person) => t('organisation.people.editTitle', { name: person.fullName })}
      >
        {(record) => <PersonEditor regionId={regionId} person={record} opds={opds} onDone={close} />}
      </SectionModal>
    </Stack>
  );
}

function HeldPositions({
  held,
  opdById,
  loading,
}: {
  held: OpdPosition[];
  opdById: Map<string, Opd>;
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (loading) return null;
  if (held.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('organisation.people.noPosition')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {held.map((position) => (
        <div key={position.id}>
          <Text size="sm">{position.title}</Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed" ff="monospace">
              {opdById.get(position.opdId)?.code}
            </Text>
            <Badge size="xs" variant="light">
              {t(`organisation.roles.${position.role}`)}
            </Badge>
          </Group>
        </div>
      ))}
    </Stack>
  );
}
