import type { APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../harness/demo.ts';
import { expect } from '../harness/test.ts';
import { FACILITATOR, HUMBAHAS } from './humbang.ts';

/** Cookie-authenticated writes must say they come from the app's own scripts (CSRF guard). */
const FROM_APP = { 'x-requested-with': 'fetch' };

/**
 * What happens before the facilitator's first day: the platform admin opens an account for them with
 * the facilitator and regency admin roles in Humbang Hasundutan. Done through the API, as the admin's
 * screen for accounts is not part of this scenario. Returns the region's id.
 */
export async function openFacilitatorAccount(request: APIRequestContext): Promise<string> {
  const signIn = await request.post('/api/session', {
    headers: FROM_APP,
    data: { email: 'platform@demo.rancang.id', password: DEMO_PASSWORD },
  });
  expect(signIn.status(), 'platform admin signs in').toBe(200);

  const regions = await request.get('/api/regions?limit=1000');
  const { items } = (await regions.json()) as { items: { id: string; code: string }[] };
  const region = items.find((r) => r.code === HUMBAHAS.code);
  if (!region) throw new Error(`The demo has no region ${HUMBAHAS.code}`);

  const created = await request.post('/api/users', {
    headers: FROM_APP,
    data: {
      ...FACILITATOR,
      roles: [
        { role: 'facilitator', regionId: region.id },
        { role: 'regency_admin', regionId: region.id },
      ],
    },
  });
  expect(created.status(), 'the account is created').toBe(201);
  return region.id;
}
