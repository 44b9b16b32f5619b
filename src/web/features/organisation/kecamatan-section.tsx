import { Anchor, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import type { Kecamatan, Opd } from './api.ts';
import { KecamatanForm } from './kecamatan-form.tsx';
import { ListToolbar, ShownCount } from './list-toolbar.tsx';
import { matches } from './matches.ts';
import { EditCell, type Editing, SectionModal } from './section-modal.tsx';
import { sectionSearch, useUrlParam } from './url-state.ts';

export interface KecamatanSectionProps {
  regionId: string;
  kecamatan: Kecamatan[];
  opds: Opd[];
  canEdit: boolean;
}

/** The region's kecamatan by BPS code, each with the OPD that is its office. */
export function KecamatanSection({ regionId, kecamatan, opds, canEdit }: KecamatanSectionProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [query, setQuery] = useUrlParam('q');
  const [editing, setEditing] = useState<Editing<Kecamatan>>(null);
  const officeOf = useMemo(
    () => new Map(opds.filter((o) => o.kecamatanId).map((o) => [o.kecamatanId as string, o])),
    [opds],
  );
  const shown = kecamatan.filter((k) => matches(query, [k.code, k.name]));
  const close = () => setEditing(null);

  return (
    <Stack gap="sm">
      <ListToolbar
        query={query}
        onQuery={setQuery}
        placeholder={t('organisation.kecamatan.searchPlaceholder')}
        addLabel={canEdit ? t('organisation.kecamatan.add') : null}
        onAdd={() => setEditing('new')}
      />
      <ShownCount shown={shown.length} total={kecamatan.length} />
      {kecamatan.length === 0 ? (
        <Text c="dimmed">{t('organisation.kecamatan.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('organisation.noMatch')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation.kecamatan.code')}</Table.Th>
                <Table.Th>{t('organisation.kecamatan.name')}</Table.Th>
                <Table.Th ta="right">{t('organisation.kecamatan.population')}</Table.Th>
                <Table.Th ta="right">{t('organisation.kecamatan.area')}</Table.Th>
                <Table.Th>{t('organisation.kecamatan.office')}</Table.Th>
                {canEdit && (
                  <Table.Th>
                    <VisuallyHidden>{t('organisation.actions.edit')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((k) => {
                const office = officeOf.get(k.id);
                return (
                  <Table.Tr key={k.id}>
                    <Table.Td ff="monospace">{k.code}</Table.Td>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td ta="right">
                      {k.population === null ? '—' : formatNumber(k.population, language)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {k.areaKm2 === null ? '—' : formatNumber(Number(k.areaKm2), language)}
                    </Table.Td>
                    <Table.Td>
                      {office ? (
                        <Anchor component={Link} to={sectionSearch('opds', office.code)}>
                          {office.name}
                        </Anchor>
                      ) : (
                        <Text span c="dimmed" size="sm">
                          {t('organisation.kecamatan.noOffice')}
                        </Text>
                      )}
                    </Table.Td>
                    {canEdit && (
                      <EditCell
                        name={t('organisation.kecamatan.editNamed', { name: k.name })}
                        onClick={() => setEditing(k)}
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
        addTitle={t('organisation.kecamatan.addTitle')}
        editTitle={(k) => t('organisation.kecamatan.editTitle', { name: k.name })}
      >
        {(record) => <KecamatanForm regionId={regionId} kecamatan={record} onDone={close} />}
      </SectionModal>
    </Stack>
  );
}
