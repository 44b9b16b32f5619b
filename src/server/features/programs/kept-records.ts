import { getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
import {
  programBudgets,
  programKecamatan,
  programSupportingOpds,
  programs,
  programTargets,
} from '../../db/schema/program.ts';
import { kecamatan } from '../../db/schema/region.ts';
import { notFound } from '../../errors.ts';
import { type ProgramFilters, parseRecords, programStamps, recordsSql } from './repository.ts';
import { Program } from './schema.ts';

/**
 * What a programme's record is read from besides its own row: its lists and the labels of its pillar,
 * element, OPDs and kecamatan. A write to one of them drops every kept record (decision 013).
 */
const RECORD_TABLES = [
  programBudgets,
  programTargets,
  programSupportingOpds,
  programKecamatan,
  pillars,
  elements,
  opdUnits,
  kecamatan,
].map((table) => getTableName(table));

/**
 * Its own row is named in the key by its `xmin`, the transaction that wrote it last: any change to the
 * row (a workshop's save) makes a new key, whatever the code that changed it.
 */
const recordKey = (id: string, xmin: string) => `program-record:${id}:${xmin}`;

/** A programme as the API writes it: the same check and JSON as the route's response schema. */
const programJson = (record: unknown) => JSON.stringify(z.encode(Program, record as z.input<typeof Program>));

/** A record read while the database moved on: this request takes the ordinary way instead. */
class MovedOn extends Error {}

/**
 * A page of a plan's programmes, as the JSON text of the list route (`reply` serialises its
 * envelope), built from programmes kept one by one: in a workshop every save changes one programme of
 * 150, and each participant's next read of the worksheet reads the one changed and reuses the rest. One
 * statement lists the matching programmes in code order with their rows' `xmin`; one more reads those
 * not kept. Null when a programme changed between the two (the caller asks again).
 */
export async function keptProgramPage(
  app: FastifyInstance,
  reply: FastifyReply,
  filters: ProgramFilters,
  limit: number,
  offset: number,
): Promise<string | null> {
  const { planFound, stamps } = await programStamps(app.db, filters);
  if (!planFound) throw notFound('plan', filters.planId);

  const missing = new Map<string, { xmin: string; settle: (json: string | Error) => void }>();
  const answers = stamps.slice(offset, offset + limit).map(([id, xmin]) =>
    app.aggregates.get(
      recordKey(id, xmin),
      // Kept before it is read, so that a write reported meanwhile drops it (aggregate-cache.ts).
      () =>
        new Promise<string>((resolve, reject) =>
          missing.set(id, { xmin, settle: (json) => (json instanceof Error ? reject(json) : resolve(json)) }),
        ),
      RECORD_TABLES,
    ),
  );
  if (missing.size > 0) await readMissing(app, missing);
  let items: string[];
  try {
    items = await Promise.all(answers);
  } catch (error) {
    if (error instanceof MovedOn) return null;
    throw error;
  }
  const envelope = String(reply.serialize({ items: [], total: stamps.length, limit, offset }));
  return envelope.replace('"items":[]', () => `"items":[${items.join(',')}]`);
}

/** Read the programmes not kept, in one statement, and settle each one's entry. */
async function readMissing(
  app: FastifyInstance,
  missing: Map<string, { xmin: string; settle: (json: string | Error) => void }>,
) {
  const ids = [...missing.keys()];
  try {
    const where: SQL = inArray(programs.id, ids);
    const read = (await app.db.execute(sql`select (${recordsSql(where)}) as records,
        (select json_object_agg(id, xmin::text) from ${programs} where ${where})::text as stamps`)) as unknown as {
      rows: { records: string; stamps: string | null }[];
    };
    const stamps = JSON.parse(read.rows[0]?.stamps ?? '{}') as Record<string, string>;
    const records = new Map(parseRecords(read.rows[0]?.records).map((record) => [record.id, record]));
    for (const [id, { xmin, settle }] of missing) {
      const record = records.get(id);
      settle(record && stamps[id] === xmin ? programJson(record) : new MovedOn());
    }
  } catch (error) {
    for (const { settle } of missing.values()) settle(error as Error);
    throw error;
  }
}
