import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSession } from './api.ts';
import { signInPath } from './next-path.ts';

/** Wraps a page that needs an account: an anonymous visitor is sent to sign in and brought back after. */
export function RequireAccount({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return children;
}
