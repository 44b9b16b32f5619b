import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { useSession } from './api.ts';
import { safeNextPath } from './next-path.ts';
import { SignInForm } from './sign-in-form.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('signIn.title')} · ${t('app.name')}`);
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();

  if (session.isPending) return <PageLoader />;
  // Already signed in (another tab, or the back button): straight on.
  if (session.data) return <Navigate to={next} replace />;

  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        {params.has('next') ? (
          <Alert color="blue">{t('signIn.needed')}</Alert>
        ) : (
          <Text c="dimmed">{t('signIn.intro')}</Text>
        )}
        <SignInForm
          onSignedIn={(signedIn) => {
            notifications.show({ message: t('signIn.welcome', { name: signedIn.user.name }) });
            navigate(next, { replace: true });
          }}
        />
      </Stack>
    </Paper>
  );
}
