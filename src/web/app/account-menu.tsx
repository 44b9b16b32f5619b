import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { useSession, useSignOut } from '../features/auth/api.ts';
import { signInPath } from '../features/auth/next-path.ts';

/** "Sign in" for a visitor; for an account, its name with a menu: my account, sign out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();

  if (session.isPending) return null;
  if (!session.data) {
    if (location.pathname === '/sign-in') return null;
    return (
      <Button component={Link} to={signInPath(location.pathname + location.search)} size="xs">
        {t('account.signIn')}
      </Button>
    );
  }
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ message: t('account.signedOut') });
        navigate('/');
      },
      onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="xs"
          maw={180}
          aria-label={`${t('account.menu')}: ${session.data.user.name}`}
        >
          <Text span size="xs" truncate="end">
            {session.data.user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('account.signedInAs')} {session.data.user.email}
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('account.myAccount')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={leave} disabled={signOut.isPending}>
          {t('account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
