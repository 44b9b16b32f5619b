import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegions } from '../regions/api.ts';
import { useSession } from './api.ts';

/** Who is signed in and the roles they hold; only reached through RequireAccount. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('account.title')} · ${t('app.name')}`);
  const session = useSession().data;
  const regions = useRegions().data ?? [];
  if (!session) return null;
  const regionName = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
  const ends = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(session.expiresAt),
  );

  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <div>
        <Text fw={600}>{session.user.name}</Text>
        <Text c="dimmed">{session.user.email}</Text>
      </div>
      <Title order={2} size="h3">
        {t('account.roles')}
      </Title>
      {session.roles.length === 0 ? (
        <Text>{t('account.noRoles')}</Text>
      ) : (
        <List>
          {session.roles.map((role) => (
            <List.Item key={role.id}>
              {t(`roles.${role.role}`)} ·{' '}
              {role.regionId ? (
                <Anchor component={Link} to={`/regions/${role.regionId}`}>
                  {regionName(role.regionId)}
                </Anchor>
              ) : (
                t('account.nationalScope')
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" c="dimmed">
        {t('account.sessionEnds', { when: ends })}
      </Text>
    </Stack>
  );
}
