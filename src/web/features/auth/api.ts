import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserRole } from '../../../shared/domain.ts';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import { SESSION_KEY } from '../../api/query-client.ts';
import { mayBeSignedIn, rememberSignedIn } from './session-hint.ts';

/** As GET /api/session answers (SessionInfo in src/server/features/auth/schema.ts). */
export interface Session {
  user: { id: string; email: string; name: string };
  roles: { id: string; role: UserRole; regionId: string | null; opdId: string | null }[];
  expiresAt: string;
}

export interface Credentials {
  email: string;
  password: string;
}

async function fetchSession(signal: AbortSignal): Promise<Session | null> {
  if (!mayBeSignedIn()) return null;
  try {
    return await api<Session>('/session', { signal });
  } catch (error) {
    // Anonymous is an answer, not a failure.
    if (error instanceof ApiError && error.status === 401) {
      rememberSignedIn(false);
      return null;
    }
    throw error;
  }
}

/** Who is signed in: a Session, null when nobody is, undefined while loading. */
export const useSession = () =>
  useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => fetchSession(signal), staleTime: 60_000 });

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api<Session>('/session', { method: 'POST', body: credentials }),
    onSuccess: async (session) => {
      rememberSignedIn(true);
      client.setQueryData(SESSION_KEY, session);
      // What a page shows depends on who asks (unpublished plans of one's own regency): load it afresh.
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/session', { method: 'DELETE' }),
    onSuccess: () => {
      rememberSignedIn(false);
      // Nothing the account could read stays in memory after it leaves.
      client.removeQueries();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}
