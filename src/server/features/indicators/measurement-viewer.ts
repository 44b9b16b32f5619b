import type { FastifyRequest } from 'fastify';

/** The account reading a measurement: its e-mail as sessions name it, or null for an anonymous reader. */
export type Viewer = string | null;

export const viewerOf = (request: FastifyRequest): Viewer => request.account?.email ?? null;

/** A measurement as stored: `submittedAccount` names the account that may not judge it. */
interface WithAccount {
  submittedAccount?: unknown;
}

export type SeenMeasurement<T> = Omit<T, 'submittedAccount'> & { submittedByYou: boolean };

/**
 * A measurement as one reader sees it: whether the reader's own account submitted it (so the web app
 * knows the API would refuse that account's verdict), never which account did — an e-mail address is
 * not for every reader of a published plan.
 */
export function seenBy<T extends WithAccount>(measurement: T, viewer: Viewer): SeenMeasurement<T> {
  const { submittedAccount, ...rest } = measurement;
  return { ...rest, submittedByYou: viewer !== null && submittedAccount === viewer };
}

/** A plan indicator as one reader sees it: its latest measurement as `seenBy` shows it. */
export function indicatorSeenBy<T extends { latestMeasurement: WithAccount | null }>(
  indicator: T,
  viewer: Viewer,
): Omit<T, 'latestMeasurement'> & {
  latestMeasurement: SeenMeasurement<NonNullable<T['latestMeasurement']>> | null;
} {
  const m = indicator.latestMeasurement as NonNullable<T['latestMeasurement']> | null;
  return { ...indicator, latestMeasurement: m ? seenBy(m, viewer) : null };
}
