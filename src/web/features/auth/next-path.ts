/**
 * Where to go after signing in: only a path of this site, so a crafted link cannot send the user on to
 * another site (`//evil.example`, `/\evil.example`, `https://…`).
 */
export function safeNextPath(next: string | null, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** The sign-in address that comes back to `path` afterwards. */
export const signInPath = (path: string) =>
  path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`;
