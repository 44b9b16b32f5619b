import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/client.ts';
import { indicatorCatalog } from './db/schema/indicator.ts';
import { seedRegion } from './features/auth/test-fixtures.ts';
import { STARTER_CATALOG } from './features/indicators/starter-catalog.ts';
import { prepareDatabase } from './startup.ts';
import { createTestDatabase } from './testing/database.ts';

/** What `rancang serve` does to a new database without the demo, before it listens. */
describe('a start without the demo', () => {
  let database: Database;
  let app: FastifyInstance;
  const LOCAL_CODE = 'ISO37120-5.1';

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const start = async () => {
    const lines: string[] = [];
    const { added } = await prepareDatabase(database, { demo: 'off', log: (line) => lines.push(line) });
    return { added, lines };
  };
  const catalogue = async () => {
    const res = await app.inject({ method: 'GET', url: '/api/indicators/catalog?limit=1' });
    expect(res.statusCode).toBe(200);
    return res.json() as { total: number };
  };
  const entry = async (code: string) =>
    (await database.db.select().from(indicatorCatalog).where(eq(indicatorCatalog.code, code)))[0];

  it('adds the starter catalogue, keeping a code a regency already uses, and says how many', async () => {
    expect((await catalogue()).total).toBe(0);
    // A regency that took a starter code for its own indicator before the catalogue was there.
    const { regionId } = await seedRegion(database.db, '12.05', 'Kabupaten Toba');
    await database.db.insert(indicatorCatalog).values({
      regionId,
      code: LOCAL_CODE,
      source: 'local',
      theme: 'economy',
      nameId: 'Pengangguran terbuka Toba',
      nameEn: 'Open unemployment in Toba',
      unit: '%',
    });

    const first = await start();
    expect(first.added).toBe(STARTER_CATALOG.length - 1);
    expect(first.lines).toEqual([
      `Indicator catalogue: Added ${STARTER_CATALOG.length - 1} starter catalogue entries (1 were already there)`,
    ]);
    expect((await catalogue()).total).toBeGreaterThanOrEqual(80);
    expect(await entry(LOCAL_CODE)).toMatchObject({ regionId, nameEn: 'Open unemployment in Toba' });
  });

  it('adds nothing on the next start, and leaves an edited entry as it was edited', async () => {
    const before = (await catalogue()).total;
    await database.db
      .update(indicatorCatalog)
      .set({ nameId: 'Tingkat pengangguran terbuka (TPT)', maxValue: '50' })
      .where(eq(indicatorCatalog.code, 'ISO37120-5.4'));

    const again = await start();
    expect(again.added).toBe(0);
    expect(again.lines).toEqual([
      `Indicator catalogue: Added 0 starter catalogue entries (${STARTER_CATALOG.length} were already there)`,
    ]);
    expect((await catalogue()).total).toBe(before);
    expect(await entry('ISO37120-5.4')).toMatchObject({
      nameId: 'Tingkat pengangguran terbuka (TPT)',
      maxValue: '50.000000',
    });
  });
});
