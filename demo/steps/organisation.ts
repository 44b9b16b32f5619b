import { randomUUID } from 'node:crypto';
import { opdUnits, people, positions } from '../../src/server/db/schema/organisation.ts';
import { batakName } from '../names.ts';
import { type DemoOpd, representativeTitles } from '../tapanuli-utara/organisation.ts';
import type { DemoWriter } from '../writer.ts';

export type RepresentativeRole = 'secretary' | 'program_head';

export interface Holder {
  personId: string;
  fullName: string;
  /** Workshop phases this person represented the unit in. */
  fromPhase: number;
  toPhase: number;
}

export interface Organisation {
  regionId: string;
  kecamatanIds: Map<string, string>;
  opdIds: Map<string, string>;
  /** Who represented each unit in each role, in phase order. */
  representatives: Map<string, Record<RepresentativeRole, Holder[]>>;
}

export interface RepresentativeChange {
  opd: string;
  role: RepresentativeRole;
  afterPhase: number;
  endedOn: string;
  startedOn: string;
  reason: string;
}

export interface OrganisationInput {
  regionId: string;
  kecamatanIds: Map<string, string>;
  opds: DemoOpd[];
  /** Start date of the representatives' positions. */
  since: string;
  /** Distinguishes one region's invented names from another's. */
  nameSalt: number;
  changes?: RepresentativeChange[];
  officials?: { fullName: string; opd: string; title: string; role: 'head'; startDate: string }[];
}

export const need = <K, V>(map: Map<K, V>, key: K, what: string): V => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data: unknown ${what} ${String(key)}`);
  return value;
};

/**
 * Units, then a secretary and a programme head for each (the Bimtek participants), then the named
 * officials; a change of representative ends one position and starts another.
 */
export async function loadOrganisation(w: DemoWriter, input: OrganisationInput): Promise<Organisation> {
  const { regionId } = input;
  const scope = { regionId };
  const opdRows = await w.insert(
    opdUnits,
    'opd',
    input.opds.map((o) => ({
      regionId,
      code: o.code,
      name: o.name,
      type: o.type,
      kecamatanId: o.kecamatan ? need(input.kecamatanIds, o.kecamatan, 'kecamatan') : null,
    })),
    { scope },
  );
  const opdIds = new Map(opdRows.map((r) => [r.code, r.id]));

  const personRows: (typeof people.$inferInsert)[] = [];
  const positionRows: (typeof positions.$inferInsert)[] = [];
  const representatives = new Map<string, Record<RepresentativeRole, Holder[]>>();
  const addPerson = (fullName: string) => {
    const id = randomUUID();
    personRows.push({ id, regionId, fullName });
    return id;
  };
  let n = 0;
  let replacements = 0;
  for (const opd of input.opds) {
    const titles = representativeTitles(opd);
    const opdId = need(opdIds, opd.code, 'OPD');
    const held = { secretary: [] as Holder[], program_head: [] as Holder[] };
    for (const role of ['secretary', 'program_head'] as const) {
      const title = role === 'secretary' ? titles.secretary : titles.programHead;
      const change = input.changes?.find((c) => c.opd === opd.code && c.role === role);
      const fullName = batakName(n++, input.nameSalt);
      const personId = addPerson(fullName);
      positionRows.push({
        personId,
        opdId,
        title,
        role,
        startDate: input.since,
        endDate: change?.endedOn ?? null,
      });
      held[role].push({ personId, fullName, fromPhase: 1, toPhase: change?.afterPhase ?? 4 });
      if (change) {
        const successor = batakName(900 + replacements++, input.nameSalt);
        const successorId = addPerson(successor);
        positionRows.push({ personId: successorId, opdId, title, role, startDate: change.startedOn });
        held[role].push({
          personId: successorId,
          fullName: successor,
          fromPhase: change.afterPhase + 1,
          toPhase: 4,
        });
      }
    }
    representatives.set(opd.code, held);
  }
  for (const o of input.officials ?? []) {
    const personId = addPerson(o.fullName);
    positionRows.push({
      personId,
      opdId: need(opdIds, o.opd, 'OPD'),
      title: o.title,
      role: o.role,
      startDate: o.startDate,
    });
  }
  await w.insert(people, 'person', personRows, { scope });
  await w.insert(positions, 'position', positionRows, { scope });
  return { regionId, kecamatanIds: input.kecamatanIds, opdIds, representatives };
}
