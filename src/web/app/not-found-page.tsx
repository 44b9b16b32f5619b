import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An address the app does not know (the server sends every non-API address here). */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('errors.pageNotFound')} · ${t('app.name')}`);
  return (
    <Stack>
      <Title order={1}>{t('errors.pageNotFound')}</Title>
      <Text>{t('errors.pageNotFoundDetail')}</Text>
      <Anchor component={Link} to="/">
        {t('errors.backHome')}
      </Anchor>
    </Stack>
  );
}
