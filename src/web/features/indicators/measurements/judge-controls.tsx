import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type Measurement, useJudgeMeasurement } from '../api.ts';

/**
 * The second person's verdict on a submitted value: verify it, or reject it saying why. Shown only to
 * those the API lets judge, and never to the person who submitted the value.
 */
export function JudgeControls({
  measurement,
  planId,
  verifier,
}: {
  measurement: Measurement;
  planId: string;
  /** The name recorded as the verifier: the signed-in account's. */
  verifier: string;
}) {
  const { t } = useTranslation();
  const judge = useJudgeMeasurement(planId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const year = measurement.periodYear;
  const send = (kind: 'verify' | 'reject') =>
    judge.mutate(
      {
        id: measurement.id,
        verdict:
          kind === 'verify'
            ? { kind, verifiedBy: verifier, version: measurement.version }
            : { kind, verifiedBy: verifier, version: measurement.version, reason: reason.trim() },
      },
      {
        onSuccess: () =>
          notifications.show({
            color: kind === 'verify' ? 'teal' : 'orange',
            message: t(kind === 'verify' ? 'indicators.judge.verified' : 'indicators.judge.rejected', {
              year,
            }),
          }),
        onError: (error) => {
          if (error instanceof ApiError && error.fieldMessages().reason)
            setReasonError(error.fieldMessages().reason ?? null);
        },
      },
    );
  // A 409: someone judged or changed the value meanwhile; the refresh shows how it stands now.
  const conflict = judge.error instanceof ApiError && judge.error.status === 409;

  return (
    <Stack gap="xs">
      {judge.error && !reasonError && (
        <Alert color={conflict ? 'yellow' : 'red'} role="alert" p="xs">
          {conflict ? t('indicators.judge.stale') : problemMessage(t, judge.error)}
        </Alert>
      )}
      {rejecting ? (
        <>
          <Textarea
            label={t('indicators.judge.reason')}
            description={t('indicators.judge.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group gap="xs">
            <Button
              color="red"
              size="compact-sm"
              loading={judge.isPending}
              onClick={() =>
                reason.trim() ? send('reject') : setReasonError(t('indicators.judge.reasonRequired'))
              }
            >
              {t('indicators.judge.confirmReject')}
            </Button>
            <Button variant="default" size="compact-sm" onClick={() => setRejecting(false)}>
              {t('indicators.judge.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <Group gap="xs">
          <Button color="teal" size="compact-sm" loading={judge.isPending} onClick={() => send('verify')}>
            {t('indicators.judge.verify')}
          </Button>
          <Button color="red" variant="light" size="compact-sm" onClick={() => setRejecting(true)}>
            {t('indicators.judge.reject')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
