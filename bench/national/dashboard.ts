import { hammer, type LoadFigures } from './load.ts';

export const summaryPath = (planId: string) => `/api/plans/${planId}/summary`;

/**
 * What the workbench home of a plan asks for when it opens (src/web/features/workbench/plan-layout.tsx,
 * home-page.tsx and their api.ts): who is signed in, the plan, its region, pillars and elements, then
 * the summary, which holds every figure the home shows (its indicator and lead OPD counts included).
 */
export const homePaths = (planId: string, regionId: string) => [
  '/api/session',
  `/api/plans/${planId}`,
  `/api/regions/${regionId}`,
  `/api/plans/${planId}/pillars?limit=1000`,
  `/api/plans/${planId}/elements?limit=1000`,
  summaryPath(planId),
];

export interface DashboardFigures {
  summary: LoadFigures;
  home: LoadFigures;
}

/** The regency dashboard under `connections` people at once: the summary alone, then every home call. */
export async function dashboardLoad(
  url: string,
  cookie: string,
  place: { planId: string; regionId: string },
  connections: number,
  seconds: number,
): Promise<DashboardFigures> {
  const summary = await hammer({ url, cookie, connections, seconds, paths: [summaryPath(place.planId)] });
  const home = await hammer({
    url,
    cookie,
    connections,
    seconds,
    paths: homePaths(place.planId, place.regionId),
  });
  return { summary, home };
}
