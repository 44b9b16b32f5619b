import { HttpClient } from './http-client.ts';
import { hammer, type LoadFigures } from './load.ts';

/** The ministry's comparison of every region (public regions only for someone not signed in). */
export const COMPARE_PATH = '/api/compare';

export interface CompareFigures {
  anonymous: LoadFigures;
  admin: LoadFigures;
}

/** Whether the server has the comparison at all: a server without it answers 404. */
export async function hasCompare(url: string) {
  const client = new HttpClient(url);
  try {
    const answer = await client.send('GET', COMPARE_PATH);
    if (answer.status === 404) return false;
    if (answer.status !== 200)
      throw new Error(`GET ${COMPARE_PATH}: ${answer.status} ${answer.body.slice(0, 300)}`);
    return true;
  } finally {
    client.close();
  }
}

/** The comparison under `connections` callers at once, anonymous and as the platform admin. */
export async function compareLoad(
  url: string,
  adminCookie: string,
  connections: number,
  seconds: number,
): Promise<CompareFigures> {
  const anonymous = await hammer({ url, connections, seconds, paths: [COMPARE_PATH] });
  const admin = await hammer({ url, cookie: adminCookie, connections, seconds, paths: [COMPARE_PATH] });
  return { anonymous, admin };
}
