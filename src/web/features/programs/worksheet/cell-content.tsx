import { Anchor, Badge, Checkbox, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatRupiah } from '../../../lib/format.ts';
import type { Program } from '../api.ts';
import type { Option } from './cell-editor.tsx';
import type { Column } from './columns.ts';
import classes from './worksheet-grid.module.css';

export const REVIEW_COLORS = { pending: 'gray', accepted: 'teal', needs_revision: 'orange' } as const;

/** Names for the ids a row holds, and the choices its editors offer. */
export interface GridLookups {
  elementName: (id: string) => string;
  opdCode: (id: string) => string;
  elementOptions: (pillarId: string) => Option[];
  /** The OPDs the user may make lead (an OPD participant: only their own). */
  opdOptions: Option[];
}

export interface CellContentProps {
  column: Column;
  row: Program;
  /** The cell's value: the stored one, or the one being saved or refused. */
  value: string | number | boolean | null;
  editable: boolean;
  selected: boolean;
  planId: string;
  lookups: GridLookups;
  onToggleSelect: (range: boolean) => void;
  onToggleQuickWin: () => void;
}

/** What a worksheet cell shows when it is not being edited. */
export function CellContent(props: CellContentProps): ReactNode {
  const { t } = useTranslation();
  const { column, row, value, editable, selected, planId, lookups, onToggleSelect, onToggleQuickWin } = props;
  const language = currentLanguage();
  switch (column.key) {
    case 'select':
      return editable ? (
        <Checkbox
          size="xs"
          tabIndex={-1}
          aria-label={t('programs.worksheet.selectRow', { code: row.code })}
          checked={selected}
          onChange={(event) =>
            onToggleSelect('shiftKey' in event.nativeEvent && event.nativeEvent.shiftKey === true)
          }
        />
      ) : null;
    case 'code':
      return (
        <Anchor component={Link} to={`/plans/${planId}/programs/${row.id}`} tabIndex={-1} size="sm" fw={600}>
          {row.code}
        </Anchor>
      );
    case 'title':
      return (
        <span className={classes.clamp} title={String(value)}>
          {String(value)}
        </span>
      );
    case 'element':
      return <span className={classes.clamp}>{lookups.elementName(String(value))}</span>;
    case 'leadOpd': {
      const code = value === row.leadOpdId ? row.leadOpdCode : lookups.opdCode(String(value));
      return (
        <span className={classes.ellipsis} title={value === row.leadOpdId ? row.leadOpdName : code}>
          {code}
        </span>
      );
    }
    case 'startYear':
    case 'endYear':
      return String(value);
    case 'quickWin':
      return editable ? (
        <Checkbox
          size="sm"
          tabIndex={-1}
          aria-label={t('programs.worksheet.quickWinOf', { code: row.code })}
          checked={Boolean(value)}
          onChange={onToggleQuickWin}
        />
      ) : (
        <Text size="sm" c={value ? undefined : 'dimmed'} fw={value ? 600 : undefined}>
          {value ? t('programs.worksheet.yes') : t('programs.worksheet.no')}
        </Text>
      );
    case 'budget':
      return formatRupiah(row.budgetTotal, language);
    case 'review':
      return (
        <Badge size="sm" variant="light" tt="none" color={REVIEW_COLORS[row.reviewStatus]}>
          {t(`programs.worksheet.review.${row.reviewStatus}`)}
        </Badge>
      );
  }
}
