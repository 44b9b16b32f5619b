import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { useTestApp } from '../../testing/app.ts';

const unknownId = '00000000-0000-4000-8000-000000000000';
const fields = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field).sort();

describe('workshops API', () => {
  const t = useTestApp();
  let regionId: string;
  let planId: string;
  const opdCodes = ['BAPPEDA', 'DINKES', 'DISDIK', 'KOMINFO', 'SETDA', 'OLD'] as const;
  const names = ['Andi', 'Budi', 'Citra', 'Dewi', 'Erik', 'Fitri', 'Gita'] as const;
  const opd = {} as Record<(typeof opdCodes)[number], string>;
  const person = {} as Record<(typeof names)[number], string>;
  let foreignOpd: string;
  let foreignPerson: string;

  const post = (url: string, payload: unknown) =>
    t.request({ method: 'POST', url, payload: payload as object });
  const idOf = async (url: string, payload: unknown) => {
    const res = await post(url, payload);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const newPhase = (phase: number, extra: Record<string, unknown> = {}) =>
    post(`/api/plans/${planId}/workshops`, { phase, title: `Bimtek ${phase}`, ...extra });
  let sessionCount = 0;
  const newSession = async (phaseId: string) =>
    idOf(`/api/workshops/${phaseId}/sessions`, {
      ordinal: ++sessionCount,
      title: 'Sesi pleno',
      startsAt: '2026-03-02T08:30:00+07:00',
    });

  beforeAll(async () => {
    regionId = await idOf('/api/regions', {
      code: '12.02',
      name: 'Kabupaten Tapanuli Utara',
      kind: 'kabupaten',
      province: 'Sumatera Utara',
    });
    const other = await idOf('/api/regions', {
      code: '12.16',
      name: 'Kabupaten Humbang Hasundutan',
      kind: 'kabupaten',
      province: 'Sumatera Utara',
    });
    planId = await idOf('/api/plans', {
      regionId,
      title: 'Masterplan Smart City 2022–2031',
      periodStart: 2022,
      periodEnd: 2031,
      withDefaultPillars: false,
    });
    for (const code of opdCodes)
      opd[code] = await idOf(`/api/regions/${regionId}/opds`, {
        code,
        name: `Unit ${code}`,
        type: code === 'SETDA' ? 'secretariat' : 'office',
        active: code !== 'OLD',
      });
    for (const name of names)
      person[name] = await idOf(`/api/regions/${regionId}/people`, { fullName: `${name} Simanjuntak` });
    foreignOpd = await idOf(`/api/regions/${other}/opds`, {
      code: 'KOMINFO',
      name: 'Kominfo',
      type: 'office',
    });
    foreignPerson = await idOf(`/api/regions/${other}/people`, { fullName: 'Hotma Lumbangaol' });
  });

  describe('phases', () => {
    it('creates, lists, reads, changes and deletes a phase', async () => {
      const created = await newPhase(1, {
        title: 'Bimtek I: analisis kesiapan',
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
        output: 'Buku 1: analisis strategis',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ planId, phase: 1, venue: null, version: 1 });
      const id = created.body.id;
      await newPhase(2);
      const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/workshops` });
      expect(list.body.items.map((w: { phase: number }) => w.phase)).toEqual([1, 2]);
      expect((await t.request({ method: 'GET', url: `/api/workshops/${id}` })).body.output).toBe(
        'Buku 1: analisis strategis',
      );
      const changed = await t.request({
        method: 'PATCH',
        url: `/api/workshops/${id}`,
        payload: { venue: 'Aula Bappeda, Tarutung', version: 1 },
      });
      expect(changed.body).toMatchObject({ venue: 'Aula Bappeda, Tarutung', version: 2 });
      const tmp = await newPhase(3);
      expect((await t.request({ method: 'DELETE', url: `/api/workshops/${tmp.body.id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/workshops/${tmp.body.id}` })).status).toBe(404);
    });

    it('refuses a second phase with the same number (409) and bad fields (400)', async () => {
      const dup = await newPhase(1);
      expect(dup.status).toBe(409);
      expect(dup.body.detail).toMatch(/phase/);
      const bad = await newPhase(5, { title: 'x', startsOn: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['phase', 'startsOn', 'title']);
      const backwards = await newPhase(3, { startsOn: '2026-05-02', endsOn: '2026-05-01' });
      expect(backwards.status).toBe(400);
      expect(fields(backwards)).toEqual(['endsOn']);

      const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/workshops` });
      const phase2 = list.body.items.find((w: { phase: number }) => w.phase === 2).id;
      const clash = await t.request({
        method: 'PATCH',
        url: `/api/workshops/${phase2}`,
        payload: { phase: 1 },
      });
      expect(clash.status).toBe(409);
      const phase1 = list.body.items.find((w: { phase: number }) => w.phase === 1).id;
      const endsEarly = await t.request({
        method: 'PATCH',
        url: `/api/workshops/${phase1}`,
        payload: { endsOn: '2026-03-01' },
      });
      expect(fields(endsEarly)).toEqual(['endsOn']);
    });

    it('answers 404 for an unknown plan or phase', async () => {
      expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/workshops` })).status).toBe(404);
      expect((await post(`/api/plans/${unknownId}/workshops`, { phase: 1, title: 'Bimtek I' })).status).toBe(
        404,
      );
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/workshops/${unknownId}` })).status).toBe(404);
      const patch = await t.request({
        method: 'PATCH',
        url: `/api/workshops/${unknownId}`,
        payload: { venue: 'X' },
      });
      expect(patch.status).toBe(404);
    });
  });

  describe('sessions', () => {
    let phaseId: string;
    beforeAll(async () => {
      const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/workshops` });
      phaseId = list.body.items.find((w: { phase: number }) => w.phase === 2).id;
    });

    it('creates, lists in order, reads, changes and deletes sessions', async () => {
      const second = await post(`/api/workshops/${phaseId}/sessions`, {
        ordinal: 2,
        title: 'Diskusi kelompok per pilar',
        startsAt: '2026-04-06T13:00:00+07:00',
        endsAt: '2026-04-06T16:00:00+07:00',
      });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({
        phaseId,
        startsAt: '2026-04-06T06:00:00.000Z',
        endsAt: '2026-04-06T09:00:00.000Z',
      });
      await post(`/api/workshops/${phaseId}/sessions`, {
        ordinal: 1,
        title: 'Pembukaan',
        startsAt: '2026-04-06T08:30:00+07:00',
      });
      const list = await t.request({ method: 'GET', url: `/api/workshops/${phaseId}/sessions` });
      expect(list.body.items.map((s: { title: string }) => s.title)).toEqual([
        'Pembukaan',
        'Diskusi kelompok per pilar',
      ]);
      const id = second.body.id;
      expect((await t.request({ method: 'GET', url: `/api/sessions/${id}` })).body.ordinal).toBe(2);
      const changed = await t.request({
        method: 'PATCH',
        url: `/api/sessions/${id}`,
        payload: { facilitator: 'Narasumber Kominfo', endsAt: '2026-04-06T17:00:00+07:00' },
      });
      expect(changed.body).toMatchObject({
        facilitator: 'Narasumber Kominfo',
        endsAt: '2026-04-06T10:00:00.000Z',
      });
      expect((await t.request({ method: 'DELETE', url: `/api/sessions/${id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/sessions/${id}` })).status).toBe(404);
    });

    it('refuses a session ending before it starts, bad fields and a duplicate ordinal', async () => {
      const backwards = await post(`/api/workshops/${phaseId}/sessions`, {
        ordinal: 7,
        title: 'Sesi',
        startsAt: '2026-04-06T13:00:00+07:00',
        endsAt: '2026-04-06T12:00:00+07:00',
      });
      expect(backwards.status).toBe(400);
      expect(fields(backwards)).toEqual(['endsAt']);
      const bad = await post(`/api/workshops/${phaseId}/sessions`, {
        ordinal: 0,
        title: 'Se',
        startsAt: 'tomorrow',
      });
      expect(fields(bad)).toEqual(['ordinal', 'startsAt', 'title']);
      const dup = await post(`/api/workshops/${phaseId}/sessions`, {
        ordinal: 1,
        title: 'Pembukaan lagi',
        startsAt: '2026-04-07T08:30:00+07:00',
      });
      expect(dup.status).toBe(409);
      const list = await t.request({ method: 'GET', url: `/api/workshops/${phaseId}/sessions` });
      const first = list.body.items[0].id;
      const early = await t.request({
        method: 'PATCH',
        url: `/api/sessions/${first}`,
        payload: { endsAt: '2026-04-06T08:00:00+07:00' },
      });
      expect(fields(early)).toEqual(['endsAt']);
    });

    it('answers 404 for an unknown phase or session', async () => {
      expect((await t.request({ method: 'GET', url: `/api/workshops/${unknownId}/sessions` })).status).toBe(
        404,
      );
      const create = await post(`/api/workshops/${unknownId}/sessions`, {
        ordinal: 1,
        title: 'Sesi',
        startsAt: '2026-04-06T08:30:00+07:00',
      });
      expect(create.status).toBe(404);
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/sessions/${unknownId}` })).status).toBe(404);
      const patch = await t.request({
        method: 'PATCH',
        url: `/api/sessions/${unknownId}`,
        payload: { title: 'Xyz' },
      });
      expect(patch.status).toBe(404);
    });
  });

  describe('attendance', () => {
    let sessionId: string;
    beforeAll(async () => {
      const phase = await newPhase(3, { title: 'Bimtek III' });
      sessionId = await newSession(phase.body.id);
    });
    const url = () => `/api/sessions/${sessionId}/attendance`;

    it('records, lists, filters, reads, changes and deletes one attendance record', async () => {
      const created = await post(url(), {
        personId: person.Andi,
        opdId: opd.BAPPEDA,
        checkedInAt: '2026-05-04T08:12:00+07:00',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'present',
        checkedInAt: '2026-05-04T01:12:00.000Z',
        note: null,
      });
      await post(url(), { personId: person.Budi, opdId: opd.DINKES, status: 'late' });
      const all = await t.request({ method: 'GET', url: url() });
      expect(all.body.total).toBe(2);
      const late = await t.request({ method: 'GET', url: `${url()}?status=late` });
      expect(late.body.items.map((a: { personId: string }) => a.personId)).toEqual([person.Budi]);
      const byOpd = await t.request({ method: 'GET', url: `${url()}?opdId=${opd.BAPPEDA}` });
      expect(byOpd.body.items.map((a: { personId: string }) => a.personId)).toEqual([person.Andi]);

      const id = created.body.id;
      expect((await t.request({ method: 'GET', url: `/api/attendance/${id}` })).body.personId).toBe(
        person.Andi,
      );
      const changed = await t.request({
        method: 'PATCH',
        url: `/api/attendance/${id}`,
        payload: { status: 'excused', note: 'Rapat dengan Bupati' },
      });
      expect(changed.body).toMatchObject({ status: 'excused', note: 'Rapat dengan Bupati', version: 2 });
      expect((await t.request({ method: 'DELETE', url: `/api/attendance/${id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/attendance/${id}` })).status).toBe(404);
    });

    it("refuses people and OPDs from outside the plan's region, naming the field", async () => {
      const foreign = await post(url(), { personId: foreignPerson, opdId: foreignOpd });
      expect(foreign.status).toBe(400);
      expect(fields(foreign)).toEqual(['opdId', 'personId']);
      const missing = await post(url(), { personId: unknownId, opdId: opd.SETDA });
      expect(fields(missing)).toEqual(['personId']);
      const bad = await post(url(), {
        personId: person.Citra,
        opdId: opd.SETDA,
        status: 'asleep',
        checkedInAt: '8:00',
      });
      expect(fields(bad)).toEqual(['checkedInAt', 'status']);

      const ok = await post(url(), { personId: person.Citra, opdId: opd.SETDA });
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/attendance/${ok.body.id}`,
        payload: { opdId: foreignOpd },
      });
      expect(moved.status).toBe(400);
      expect(fields(moved)).toEqual(['opdId']);
      const twice = await post(url(), { personId: person.Citra, opdId: opd.DISDIK });
      expect(twice.status).toBe(409);
    });

    it('answers 404 for an unknown session or record', async () => {
      expect((await t.request({ method: 'GET', url: `/api/sessions/${unknownId}/attendance` })).status).toBe(
        404,
      );
      expect(
        (await post(`/api/sessions/${unknownId}/attendance`, { personId: person.Andi, opdId: opd.SETDA }))
          .status,
      ).toBe(404);
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/attendance/${unknownId}` })).status).toBe(404);
      const patch = await t.request({
        method: 'PATCH',
        url: `/api/attendance/${unknownId}`,
        payload: { note: 'x' },
      });
      expect(patch.status).toBe(404);
    });
  });

  describe('bulk check-in', () => {
    let sessionId: string;
    beforeAll(async () => {
      const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/workshops` });
      sessionId = await newSession(list.body.items.find((w: { phase: number }) => w.phase === 1).id);
    });
    const put = (items: unknown[]) =>
      t.request({ method: 'PUT', url: `/api/sessions/${sessionId}/attendance`, payload: { items } });
    const byPerson = (items: { id: string; personId: string }[]) =>
      new Map(items.map((i) => [i.personId, i]));

    it('replaces the list: adds, updates, keeps and removes, each record audited', async () => {
      const first = await put([
        {
          personId: person.Andi,
          opdId: opd.BAPPEDA,
          status: 'present',
          checkedInAt: '2026-03-02T08:05:00+07:00',
        },
        { personId: person.Budi, opdId: opd.DINKES, status: 'present' },
        { personId: person.Citra, opdId: opd.SETDA, status: 'present', note: 'Mewakili Sekda' },
      ]);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ created: 3, updated: 0, removed: 0, unchanged: 0 });
      const before = byPerson(first.body.items);

      const second = await put([
        // unchanged: same values, check-in time omitted so the stored one is kept
        { personId: person.Andi, opdId: opd.BAPPEDA, status: 'present' },
        {
          personId: person.Budi,
          opdId: opd.DINKES,
          status: 'late',
          checkedInAt: '2026-03-02T09:40:00+07:00',
        },
        { personId: person.Dewi, opdId: opd.DISDIK, status: 'present' },
      ]);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ created: 1, updated: 1, removed: 1, unchanged: 1 });
      const after = byPerson(second.body.items);
      expect([...after.keys()].sort()).toEqual([person.Andi, person.Budi, person.Dewi].sort());
      expect(after.get(person.Andi)).toMatchObject({
        id: before.get(person.Andi)?.id,
        checkedInAt: '2026-03-02T01:05:00.000Z',
        version: 1,
      });
      expect(after.get(person.Budi)).toMatchObject({
        id: before.get(person.Budi)?.id,
        status: 'late',
        version: 2,
      });

      const list = await t.request({ method: 'GET', url: `/api/sessions/${sessionId}/attendance` });
      expect(list.body.total).toBe(3);
      const citra = before.get(person.Citra) as { id: string };
      const audit = await t.database.db
        .select({ action: auditLog.action, planId: auditLog.planId })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, citra.id)));
      expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
      expect(audit.every((a) => a.planId === planId)).toBe(true);

      const cleared = await put([
        { personId: person.Andi, opdId: opd.BAPPEDA, status: 'present', checkedInAt: null },
      ]);
      expect(cleared.body).toMatchObject({ updated: 1, removed: 2, items: [{ checkedInAt: null }] });
    });

    it('checks every entry first, reports bad ones by index and writes nothing', async () => {
      const before = await t.request({ method: 'GET', url: `/api/sessions/${sessionId}/attendance` });
      const res = await put([
        { personId: person.Erik, opdId: opd.KOMINFO, status: 'present' },
        { personId: foreignPerson, opdId: opd.KOMINFO, status: 'present' },
        { personId: person.Fitri, opdId: unknownId, status: 'present' },
        { personId: person.Erik, opdId: opd.DISDIK, status: 'late' },
        { personId: person.Gita, opdId: foreignOpd, status: 'present' },
      ]);
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['items.1.personId', 'items.2.opdId', 'items.3.personId', 'items.4.opdId']);
      const shape = await put([
        { personId: person.Erik, opdId: opd.KOMINFO, status: 'present' },
        { personId: 'erik', opdId: opd.KOMINFO, status: 'here', extra: true },
      ]);
      expect(shape.status).toBe(400);
      expect(fields(shape)).toEqual(expect.arrayContaining(['items.1.personId', 'items.1.status']));
      const notAList = await t.request({
        method: 'PUT',
        url: `/api/sessions/${sessionId}/attendance`,
        payload: { items: 'all' },
      });
      expect(fields(notAList)).toEqual(['items']);
      const after = await t.request({ method: 'GET', url: `/api/sessions/${sessionId}/attendance` });
      expect(after.body.items).toEqual(before.body.items);
    });

    it('answers 404 for an unknown session and empties a list when given none', async () => {
      const unknown = await t.request({
        method: 'PUT',
        url: `/api/sessions/${unknownId}/attendance`,
        payload: { items: [] },
      });
      expect(unknown.status).toBe(404);
      const emptied = await put([]);
      expect(emptied.body).toMatchObject({ items: [], created: 0 });
    });
  });

  describe('continuity report', () => {
    it('classifies each OPD over the held phases and totals the classes', async () => {
      const plan = await idOf('/api/plans', {
        regionId,
        title: 'Masterplan Smart City (continuity)',
        periodStart: 2022,
        periodEnd: 2031,
        withDefaultPillars: false,
      });
      const phaseIds: string[] = [];
      for (const phase of [1, 2, 3, 4])
        phaseIds.push(await idOf(`/api/plans/${plan}/workshops`, { phase, title: `Bimtek ${phase}` }));
      const sessions = [
        [await newSession(phaseIds[0] as string), await newSession(phaseIds[0] as string)],
        [await newSession(phaseIds[1] as string)],
        [await newSession(phaseIds[2] as string)],
      ];
      // Phase IV has a session scheduled but no attendance yet: not held, so it does not count.
      await newSession(phaseIds[3] as string);

      const at = (s: string, items: [string, string, string?][]) =>
        t.request({
          method: 'PUT',
          url: `/api/sessions/${s}/attendance`,
          payload: {
            items: items.map(([p, o, status]) => ({ personId: p, opdId: o, status: status ?? 'present' })),
          },
        });
      const [s1a, s1b] = sessions[0] as [string, string];
      const [s2] = sessions[1] as [string];
      const [s3] = sessions[2] as [string];
      // BAPPEDA: Andi and Budi throughout (Budi only on day two of phase I, late in phase III).
      // DINKES: Citra, then Dewi in phase III. DISDIK: Erik, absent in phase II. KOMINFO: never came.
      await at(s1a, [
        [person.Andi, opd.BAPPEDA],
        [person.Citra, opd.DINKES],
        [person.Erik, opd.DISDIK],
        [person.Fitri, opd.OLD],
      ]);
      await at(s1b, [[person.Budi, opd.BAPPEDA]]);
      await at(s2, [
        [person.Andi, opd.BAPPEDA],
        [person.Budi, opd.BAPPEDA],
        [person.Citra, opd.DINKES],
        [person.Erik, opd.DISDIK, 'absent'],
        [person.Gita, opd.KOMINFO, 'excused'],
      ]);
      await at(s3, [
        [person.Andi, opd.BAPPEDA],
        [person.Budi, opd.BAPPEDA, 'late'],
        [person.Dewi, opd.DINKES],
        [person.Erik, opd.DISDIK],
      ]);

      const res = await t.request({ method: 'GET', url: `/api/plans/${plan}/attendance-continuity` });
      expect(res.status).toBe(200);
      expect(res.body.heldPhases).toEqual([1, 2, 3]);
      const byCode = new Map(res.body.opds.map((o: { code: string }) => [o.code, o]));
      // Inactive units that never took part stay out; the inactive one that did is reported.
      expect([...byCode.keys()]).toEqual(['BAPPEDA', 'DINKES', 'DISDIK', 'KOMINFO', 'OLD', 'SETDA']);
      expect(byCode.get('BAPPEDA')).toMatchObject({
        classification: 'consistent',
        phases: [1, 2, 3].map((phase) => ({
          phase,
          people: [
            { id: person.Andi, fullName: 'Andi Simanjuntak' },
            { id: person.Budi, fullName: 'Budi Simanjuntak' },
          ],
        })),
      });
      expect(byCode.get('DINKES')).toMatchObject({
        classification: 'changed',
        missedPhases: [],
        changes: [
          {
            phase: 3,
            joined: [{ id: person.Dewi, fullName: 'Dewi Simanjuntak' }],
            left: [{ id: person.Citra, fullName: 'Citra Simanjuntak' }],
          },
        ],
      });
      expect(byCode.get('DISDIK')).toMatchObject({ classification: 'partial', missedPhases: [2] });
      expect(byCode.get('KOMINFO')).toMatchObject({ classification: 'absent', missedPhases: [1, 2, 3] });
      expect(byCode.get('OLD')).toMatchObject({ classification: 'partial', missedPhases: [2, 3] });
      expect(res.body.totals).toEqual({ consistent: 1, changed: 1, partial: 2, absent: 2 });
    });

    it('reports every OPD absent for a plan with no phase held, and refuses unknown or malformed ids', async () => {
      const fresh = await idOf('/api/plans', {
        regionId,
        title: 'Masterplan Smart City (not started)',
        periodStart: 2026,
        periodEnd: 2035,
        withDefaultPillars: false,
      });
      await idOf(`/api/plans/${fresh}/workshops`, { phase: 1, title: 'Bimtek I' });
      const res = await t.request({ method: 'GET', url: `/api/plans/${fresh}/attendance-continuity` });
      expect(res.status).toBe(200);
      expect(res.body.heldPhases).toEqual([]);
      expect(res.body.totals).toEqual({ consistent: 0, changed: 0, partial: 0, absent: 5 });
      expect(res.body.opds[0]).toMatchObject({ classification: 'absent', phases: [], missedPhases: [] });
      const unknown = await t.request({
        method: 'GET',
        url: `/api/plans/${unknownId}/attendance-continuity`,
      });
      expect(unknown.status).toBe(404);
      const malformed = await t.request({ method: 'GET', url: '/api/plans/nope/attendance-continuity' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
    });

    it('keeps a person with attendance from being deleted', async () => {
      const res = await t.request({ method: 'DELETE', url: `/api/people/${person.Andi}` });
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/attendance/);
    });
  });
});
