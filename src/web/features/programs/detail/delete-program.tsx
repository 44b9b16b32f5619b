import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/problem.ts';
import { ConfirmDelete } from '../../../components/confirm-delete.tsx';
import { type Program, useDeleteProgram } from './api.ts';

interface Props {
  program: Program;
  planId: string;
  /** Told before the screen is left, so that it forgets the programme once gone. */
  onDeleted: () => void;
}

/** Deletes the programme after asking once; back to the worksheet of its pillar afterwards. */
export function DeleteProgram({ program, planId, onDeleted }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ConfirmDelete
      words={{
        open: t('program.delete.open'),
        title: t('program.delete.title'),
        confirm: t('program.delete.confirm', { code: program.code, title: program.title }),
        cancel: t('program.delete.cancel'),
        submit: t('program.delete.submit'),
      }}
      remove={useDeleteProgram(planId, program.id)}
      refusal={(error) =>
        error instanceof ApiError && error.status === 409 ? t('program.delete.hasProgress') : null
      }
      onDeleted={() => {
        onDeleted();
        notifications.show({ message: t('program.delete.done', { code: program.code }) });
        navigate(`/plans/${planId}/programs?pillar=${encodeURIComponent(program.pillarKey)}`);
      }}
    />
  );
}
