import { Anchor, Badge, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPD_TYPES, type OpdType } from '../../../shared/domain.ts';
import type { Kecamatan, Opd } from './api.ts';
import { ListToolbar, ShownCount } from './list-toolbar.tsx';
import { matches } from './matches.ts';
import { OpdForm } from './opd-form.tsx';
import { EditCell, type Editing, SectionModal } from './section-modal.tsx';
import { sectionSearch, useUrlParam } from './url-state.ts';

export interface OpdSectionProps {
  regionId: string;
  opds: Opd[];
  kecamatan: Kecamatan[];
  canEdit: boolean;
}

/** The region's OPD units by code, with their type, the kecamatan a kecamatan office governs, and status. */
export function OpdSection({ regionId, opds, kecamatan, canEdit }: OpdSectionProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useUrlParam('q');
  const [type, setType] = useUrlParam('type');
  const [editing, setEditing] = useState<Editing<Opd>>(null);
  const kecamatanById = useMemo(() => new Map(kecamatan.map((k) => [k.id, k])), [kecamatan]);
  const shown = opds.filter(
    (opd) =>
      (!type || opd.type === type) &&
      matches(query, [opd.code, opd.name, opd.kecamatanId ? kecamatanById.get(opd.kecamatanId)?.name : null]),
  );
  const close = () => setEditing(null);

  return (
    <Stack gap="sm">
      <ListToolbar
        query={query}
        onQuery={setQuery}
        placeholder={t('organisation.opds.searchPlaceholder')}
        addLabel={canEdit ? t('organisation.opds.add') : null}
        onAdd={() => setEditing('new')}
      >
        <NativeSelect
          label={t('organisation.opds.typeFilter')}
          value={type}
          onChange={(event) => setType(event.currentTarget.value)}
          data={[
            { value: '', label: t('organisation.opds.allTypes') },
            ...OPD_TYPES.map((value) => ({ value, label: t(`organisation.opdTypes.${value}`) })),
          ]}
        />
      </ListToolbar>
      <ShownCount shown={shown.length} total={opds.length} />
      {opds.length === 0 ? (
        <Text c="dimmed">{t('organisation.opds.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('organisation.noMatch')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation.opds.code')}</Table.Th>
                <Table.Th>{t('organisation.opds.name')}</Table.Th>
                <Table.Th>{t('organisation.opds.type')}</Table.Th>
                <Table.Th>{t('organisation.opds.kecamatan')}</Table.Th>
                <Table.Th>{t('organisation.opds.status')}</Table.Th>
                {canEdit && (
                  <Table.Th>
                    <VisuallyHidden>{t('organisation.actions.edit')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((opd) => {
                const governs = opd.kecamatanId ? kecamatanById.get(opd.kecamatanId) : undefined;
                return (
                  <Table.Tr key={opd.id}>
                    <Table.Td ff="monospace">{opd.code}</Table.Td>
                    <Table.Td>{opd.name}</Table.Td>
                    <Table.Td>{t(`organisation.opdTypes.${opd.type as OpdType}`)}</Table.Td>
                    <Table.Td>
                      {governs && (
                        <Anchor component={Link} to={sectionSearch('kecamatan', governs.name)}>
                          {governs.name}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={opd.active ? 'teal' : 'gray'}>
                        {opd.active ? t('organisation.opds.active') : t('organisation.opds.inactive')}
                      </Badge>
                    </Table.Td>
                    {canEdit && (
                      <EditCell
                        name={t('organisation.opds.editNamed', { name: opd.name })}
                        onClick={() => setEditing(opd)}
                      />
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SectionModal
        editing={editing}
        onClose={close}
        addTitle={t('organisation.opds.addTitle')}
        editTitle={(opd) => t('organisation.opds.editTitle', { code: opd.code })}
      >
        {(record) => <OpdForm regionId={regionId} opd={record} kecamatan={kecamatan} onDone={close} />}
      </SectionModal>
    </Stack>
  );
}
