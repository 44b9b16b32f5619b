import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem.ts';

/** The signed-in account (GET /api/session), null when anonymous. */
export const SESSION_KEY = ['session'] as const;

/** A refused or failed request worth a second try: no answer at all, or the server's own failure. */
const transient = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * The one interceptor of API failures: a 401 anywhere means the session has ended (expired, signed out
 * in another tab, or everywhere), so the session is set to anonymous and pages that need an account send
 * the user to sign in. Anything else is shown where it happened.
 */
export function createQueryClient() {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && client.getQueryData(SESSION_KEY))
      client.setQueryData(SESSION_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => transient(error) && failures < 2,
        staleTime: 30_000,
      },
      // A write is never repeated behind the user's back: they see the error and decide.
      mutations: { retry: false },
    },
  });
  return client;
}
