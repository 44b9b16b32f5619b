import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, type ConflictField } from '../../../components/conflict-dialog.tsx';
import type { GridLookups } from './cell-content.tsx';
import type { useCellSaves } from './use-cell-saves.ts';

/**
 * A cell save refused because someone saved the programme meanwhile: the three versions side by side
 * (the row as loaded, with my edit, as stored now), and the merged changes sent with the stored version.
 */
export function WorksheetConflict({
  saves,
  lookups,
}: {
  saves: ReturnType<typeof useCellSaves>;
  lookups: GridLookups;
}) {
  const { t } = useTranslation();
  const { conflict } = saves;
  const fields = useMemo<ConflictField[]>(
    () => [
      { key: 'title', label: t('programs.worksheet.columns.title') },
      {
        key: 'elementId',
        label: t('programs.worksheet.columns.element'),
        format: (id) => lookups.elementName(String(id)),
      },
      {
        key: 'leadOpdId',
        label: t('programs.worksheet.columns.leadOpd'),
        format: (id) => lookups.opdCode(String(id)),
      },
      { key: 'startYear', label: t('programs.worksheet.columns.startYear') },
      { key: 'endYear', label: t('programs.worksheet.columns.endYear') },
      { key: 'horizon', label: t('programs.worksheet.columns.horizon') },
      { key: 'isQuickWin', label: t('programs.worksheet.columns.quickWin') },
    ],
    [t, lookups],
  );
  const base = conflict?.base;
  const mine = useMemo(() => (conflict ? { ...conflict.base, ...conflict.changes } : {}), [conflict]);
  if (!conflict || !base) return null;
  return (
    <ConflictDialog
      // A new refusal is a new merge: the choices of the last one do not carry over.
      key={`${conflict.cell}:${conflict.current.version}`}
      opened
      fields={fields}
      base={base}
      mine={mine}
      theirs={conflict.current}
      saving={saves.resolving}
      onResolve={(changes, version) => void saves.resolve(changes, version)}
      onCancel={saves.closeConflict}
    />
  );
}
