import { Anchor, AppShell, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { catalogPath } from '../features/catalog/path.ts';
import { AccountMenu } from './account-menu.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { RegionSwitcher } from './region-switcher.tsx';
import classes from './shell.module.css';

/** The frame of every page: the header (name, region, language, account) and the page below it. */
export function Shell() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group wrap="nowrap" gap="md">
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never" aria-label={t('app.home')}>
              {t('app.name')}
            </Anchor>
            <Group visibleFrom="sm" wrap="nowrap" gap="md">
              <RegionSwitcher />
              <Anchor component={Link} to={catalogPath()} size="sm">
                {t('app.catalog')}
              </Anchor>
            </Group>
          </Group>
          <Group wrap="nowrap" gap="xs">
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
