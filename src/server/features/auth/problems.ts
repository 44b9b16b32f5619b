import { ProblemError } from '../../errors.ts';
import { Problem } from '../../http/schemas.ts';

export const unauthenticated = (detail = 'Sign in first') =>
  new ProblemError(401, 'unauthenticated', 'Not signed in', detail);

export const wrongCredentials = () =>
  new ProblemError(401, 'invalid-credentials', 'Sign-in failed', 'The email or the password is wrong');

export const forbidden = (detail: string) => new ProblemError(403, 'forbidden', 'Forbidden', detail);

export const csrfRefused = (detail: string) =>
  new ProblemError(403, 'csrf', 'Cross-site request refused', detail);

export const lockedOut = (retryAfterSeconds: number) =>
  new ProblemError(
    429,
    'sign-in-locked',
    'Too many failed sign-ins',
    `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    { retryAfter: retryAfterSeconds },
  );

/** The refusals of account routes, for their OpenAPI responses (problems() covers 400/404/409/413). */
export const authProblems = (...statuses: (401 | 403 | 429)[]) =>
  Object.fromEntries(statuses.map((s) => [s, Problem])) as Record<number, typeof Problem>;
