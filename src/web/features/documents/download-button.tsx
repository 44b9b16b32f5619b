import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DownloadState } from './use-downloads.ts';

/**
 * A button that downloads a built file: while the server works it says so (and stays in place, so the
 * layout does not jump); then the saved file's name, or why it failed, below it.
 */
export function DownloadButton({
  label,
  busyLabel,
  state,
  onDownload,
  variant = 'light',
}: {
  label: string;
  busyLabel?: string;
  state: DownloadState;
  onDownload: () => void;
  variant?: 'filled' | 'light';
}) {
  const { t } = useTranslation();
  const busy = state.state === 'busy';
  return (
    <Stack gap={4} align="flex-start" maw="100%">
      <Button
        variant={variant}
        onClick={onDownload}
        disabled={busy}
        aria-busy={busy}
        leftSection={busy ? <Loader size="xs" /> : undefined}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        h="auto"
        mih={36}
        py={6}
      >
        {busy ? (busyLabel ?? t('documents.files.preparing')) : label}
      </Button>
      <div aria-live="polite">
        {state.state === 'saved' && (
          <Text size="xs" c="dimmed">
            {t('documents.files.saved', { fileName: state.fileName })}
          </Text>
        )}
      </div>
      {state.state === 'failed' && (
        <Alert color="red" title={t('documents.files.failed')} role="alert" p="xs" maw={520}>
          {state.message}
        </Alert>
      )}
    </Stack>
  );
}
