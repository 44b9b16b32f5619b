import { useCallback } from 'react';
import { decide, type Permission, type Place } from '../../../shared/access-rules.ts';
import { useSession } from './api.ts';

/**
 * Whether the signed-in account may act, decided by the very rules the server enforces
 * (src/shared/access-rules.ts): a screen shows a button only when the server would accept its request.
 */
export function useCan() {
  const session = useSession();
  const roles = session.data?.roles ?? null;
  return useCallback(
    (permission: Permission, place: Place | null) => decide(roles, permission, place).allowed,
    [roles],
  );
}
