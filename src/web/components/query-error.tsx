import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';

/** A failed load, said in the user's language, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.loadFailed')} role="alert">
      {problemMessage(t, error)}
      {onRetry && (
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
