/**
 * Whether this browser signed in through the app and has not signed out since. The session cookie is
 * HttpOnly, so the page cannot see it; without this hint every anonymous visit would ask GET
 * /api/session and get a 401, which the browser reports in the console as a failed load. With it, an
 * anonymous visitor asks nothing; a signed-in one asks as before, and a 401 (an expired session) clears it.
 */
const KEY = 'rancang.signedIn';

export function mayBeSignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    // No storage: ask the server every time rather than hide a real session.
    return true;
  }
}

export function rememberSignedIn(signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing to remember with: mayBeSignedIn() then always asks.
  }
}
