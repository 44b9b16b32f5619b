import { Alert, Anchor, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a page that crashed shows instead of a blank screen; a full reload starts the app afresh. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('errors.unexpected')} role="alert">
        <Anchor href="/">{t('errors.backHome')}</Anchor>
      </Alert>
    </Container>
  );
}
