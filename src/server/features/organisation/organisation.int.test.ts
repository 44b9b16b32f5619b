import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';

const unknownId = '00000000-0000-4000-8000-000000000000';
const fields = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field).sort();

describe('organisation API', () => {
  const t = useTestApp();
  let taput: string;
  let humbahas: string;
  let tarutung: string;
  let doloksanggul: string;

  const region = async (code: string, name: string) =>
    (
      await t.request({
        method: 'POST',
        url: '/api/regions',
        payload: { code, name, kind: 'kabupaten', province: 'Sumatera Utara' },
      })
    ).body.id as string;
  const kec = async (regionId: string, code: string, name: string) =>
    (await t.request({ method: 'POST', url: `/api/regions/${regionId}/kecamatan`, payload: { code, name } }))
      .body.id as string;
  const opd = (regionId: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/regions/${regionId}/opds`, payload });
  const person = (regionId: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/regions/${regionId}/people`, payload });
  const position = (personId: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/people/${personId}/positions`, payload });

  beforeAll(async () => {
    taput = await region('12.02', 'Kabupaten Tapanuli Utara');
    humbahas = await region('12.16', 'Kabupaten Humbang Hasundutan');
    tarutung = await kec(taput, '12.02.01', 'Tarutung');
    doloksanggul = await kec(humbahas, '12.16.01', 'Doloksanggul');
  });

  describe('OPD units', () => {
    it('creates, reads, filters, changes and deletes an OPD', async () => {
      const created = await opd(taput, {
        code: 'DISKOMINFO',
        name: 'Dinas Komunikasi dan Informatika',
        type: 'office',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ regionId: taput, active: true, kecamatanId: null, version: 1 });
      const id = created.body.id;
      await opd(taput, { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' });
      await opd(taput, {
        code: 'KEC-TRT',
        name: 'Kecamatan Tarutung',
        type: 'kecamatan',
        kecamatanId: tarutung,
      });
      await opd(taput, { code: 'DISPAR', name: 'Dinas Pariwisata', type: 'office', active: false });

      const read = await t.request({ method: 'GET', url: `/api/opds/${id}` });
      expect(read.body.name).toBe('Dinas Komunikasi dan Informatika');

      const codes = async (query: string) =>
        (await t.request({ method: 'GET', url: `/api/regions/${taput}/opds${query}` })).body.items.map(
          (o: { code: string }) => o.code,
        );
      expect(await codes('')).toEqual(['BAPPEDA', 'DISKOMINFO', 'DISPAR', 'KEC-TRT']);
      expect(await codes('?type=office')).toEqual(['DISKOMINFO', 'DISPAR']);
      expect(await codes('?active=false')).toEqual(['DISPAR']);
      expect(await codes('?active=true&q=informatika')).toEqual(['DISKOMINFO']);
      expect(await codes('?q=kec-')).toEqual(['KEC-TRT']);
      expect(await codes('?q=nothing-like-this')).toEqual([]);
      // Another region's list stays empty.
      expect((await t.request({ method: 'GET', url: `/api/regions/${humbahas}/opds` })).body.total).toBe(0);

      const changed = await t.request({
        method: 'PATCH',
        url: `/api/opds/${id}`,
        payload: { name: 'Dinas Kominfo', active: false, version: 1 },
      });
      expect(changed.body).toMatchObject({ name: 'Dinas Kominfo', active: false, version: 2 });

      expect((await t.request({ method: 'DELETE', url: `/api/opds/${id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/opds/${id}` })).status).toBe(404);
    });

    it('lets a kecamatan office point only at a kecamatan of its own region', async () => {
      const foreign = await opd(taput, {
        code: 'KEC-DLS',
        name: 'Kecamatan Doloksanggul',
        type: 'kecamatan',
        kecamatanId: doloksanggul,
      });
      expect(foreign.status).toBe(400);
      expect(fields(foreign)).toEqual(['kecamatanId']);
      const missing = await opd(taput, {
        code: 'KEC-X',
        name: 'Kecamatan X',
        type: 'kecamatan',
        kecamatanId: unknownId,
      });
      expect(missing.status).toBe(400);
      expect(fields(missing)).toEqual(['kecamatanId']);

      const own = await opd(humbahas, {
        code: 'KEC-DLS',
        name: 'Kecamatan Doloksanggul',
        type: 'kecamatan',
        kecamatanId: doloksanggul,
      });
      expect(own.status).toBe(201);
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/opds/${own.body.id}`,
        payload: { kecamatanId: tarutung },
      });
      expect(moved.status).toBe(400);
      expect(fields(moved)).toEqual(['kecamatanId']);
      const other = await opd(humbahas, {
        code: 'DINKES',
        name: 'Dinas Kesehatan',
        type: 'office',
        kecamatanId: tarutung,
      });
      expect(other.status).toBe(400);
      expect(fields(other)).toEqual(['kecamatanId']);
    });

    it('names bad fields, refuses a duplicate code with 409 and answers 404 for unknown ids', async () => {
      const bad = await opd(taput, { code: '', name: 'X', type: 'ministry', extra: 1 });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(expect.arrayContaining(['code', 'name', 'type']));
      const badFilter = await t.request({
        method: 'GET',
        url: `/api/regions/${taput}/opds?type=ministry&active=yes`,
      });
      expect(badFilter.status).toBe(400);
      expect(fields(badFilter)).toEqual(['active', 'type']);

      const first = await opd(taput, { code: 'INSPEKTORAT', name: 'Inspektorat', type: 'inspectorate' });
      expect(first.status).toBe(201);
      const dup = await opd(taput, { code: 'INSPEKTORAT', name: 'Inspektorat Daerah', type: 'inspectorate' });
      expect(dup.status).toBe(409);
      expect(dup.body.detail).toMatch(/code/);
      expect(dup.body.fields).toEqual(['regionId', 'code']);

      expect((await opd(unknownId, { code: 'A', name: 'Aaa', type: 'office' })).status).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/regions/${unknownId}/opds` })).status).toBe(404);
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/opds/${unknownId}` })).status).toBe(404);
      const patch = await t.request({
        method: 'PATCH',
        url: `/api/opds/${unknownId}`,
        payload: { name: 'Xyz' },
      });
      expect(patch.status).toBe(404);
      const badPatch = await t.request({
        method: 'PATCH',
        url: `/api/opds/${first.body.id}`,
        payload: { regionId: humbahas },
      });
      expect(badPatch.status).toBe(400);
    });
  });

  describe('people and positions', () => {
    let diskominfo: string;
    let bappeda: string;
    let humbahasOpd: string;

    beforeAll(async () => {
      diskominfo = (await opd(taput, { code: 'KOMINFO', name: 'Dinas Kominfo', type: 'office' })).body.id;
      bappeda = (await opd(taput, { code: 'BAPPEDA-2', name: 'Bappeda', type: 'agency' })).body.id;
      humbahasOpd = (await opd(humbahas, { code: 'KOMINFO', name: 'Dinas Kominfo Humbahas', type: 'office' }))
        .body.id;
    });

    it('creates, reads, changes and deletes a person; email and phone are optional', async () => {
      const created = await person(taput, { fullName: 'Rina Simanjuntak', email: 'rina@taputkab.go.id' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ regionId: taput, email: 'rina@taputkab.go.id', phone: null });
      const bare = await person(taput, { fullName: 'Budi Hutabarat' });
      expect(bare.status).toBe(201);
      expect(bare.body.email).toBeNull();

      const id = created.body.id;
      expect((await t.request({ method: 'GET', url: `/api/people/${id}` })).body.fullName).toBe(
        'Rina Simanjuntak',
      );
      const changed = await t.request({
        method: 'PATCH',
        url: `/api/people/${id}`,
        payload: { phone: '+62 812 3456 7890', email: null },
      });
      expect(changed.body).toMatchObject({ phone: '+62 812 3456 7890', email: null, version: 2 });

      expect((await t.request({ method: 'DELETE', url: `/api/people/${bare.body.id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/people/${bare.body.id}` })).status).toBe(404);
    });

    it('validates the email when one is given and answers 404 for unknown people', async () => {
      const bad = await person(taput, { fullName: 'X', email: 'not-an-email', phone: 'call me' });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['email', 'fullName', 'phone']);
      const someone = await person(taput, { fullName: 'Sondang Lumbantobing' });
      const badPatch = await t.request({
        method: 'PATCH',
        url: `/api/people/${someone.body.id}`,
        payload: { email: 'a@' },
      });
      expect(badPatch.status).toBe(400);
      expect(fields(badPatch)).toEqual(['email']);
      expect((await person(unknownId, { fullName: 'Nobody Here' })).status).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/regions/${unknownId}/people` })).status).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/regions/${taput}/people?opd=nope` })).status).toBe(
        400,
      );
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/people/${unknownId}` })).status).toBe(404);
      expect(
        (await t.request({ method: 'PATCH', url: `/api/people/${unknownId}`, payload: { fullName: 'Abc' } }))
          .status,
      ).toBe(404);
    });

    it('records positions, keeps them in the region and in date order', async () => {
      const p = (await person(taput, { fullName: 'Maria Sitompul' })).body.id;
      const created = await position(p, {
        opdId: diskominfo,
        title: 'Sekretaris',
        role: 'secretary',
        startDate: '2020-01-01',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ personId: p, opdId: diskominfo, endDate: null });

      const foreign = await position(p, { opdId: humbahasOpd, title: 'Sekretaris', role: 'secretary' });
      expect(foreign.status).toBe(400);
      expect(fields(foreign)).toEqual(['opdId']);
      const missing = await position(p, { opdId: unknownId, title: 'Sekretaris', role: 'secretary' });
      expect(fields(missing)).toEqual(['opdId']);
      const backwards = await position(p, {
        opdId: bappeda,
        title: 'Kasubbag Program',
        role: 'program_head',
        startDate: '2021-05-01',
        endDate: '2021-04-30',
      });
      expect(backwards.status).toBe(400);
      expect(fields(backwards)).toEqual(['endDate']);
      const badShape = await position(p, { opdId: bappeda, title: 'K', role: 'boss', startDate: '1/2/2020' });
      expect(fields(badShape)).toEqual(['role', 'startDate', 'title']);

      const id = created.body.id;
      const endsEarly = await t.request({
        method: 'PATCH',
        url: `/api/positions/${id}`,
        payload: { endDate: '2019-12-31' },
      });
      expect(endsEarly.status).toBe(400);
      expect(fields(endsEarly)).toEqual(['endDate']);
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/positions/${id}`,
        payload: { opdId: humbahasOpd },
      });
      expect(fields(moved)).toEqual(['opdId']);
      const ended = await t.request({
        method: 'PATCH',
        url: `/api/positions/${id}`,
        payload: { endDate: '2022-12-31' },
      });
      expect(ended.body).toMatchObject({ endDate: '2022-12-31', version: 2 });

      const list = await t.request({ method: 'GET', url: `/api/people/${p}/positions` });
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([id]);
      expect((await t.request({ method: 'GET', url: `/api/positions/${id}` })).body.title).toBe('Sekretaris');
      expect((await t.request({ method: 'DELETE', url: `/api/positions/${id}` })).status).toBe(204);
      expect((await t.request({ method: 'GET', url: `/api/positions/${id}` })).status).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/people/${unknownId}/positions` })).status).toBe(
        404,
      );
      expect((await position(unknownId, { opdId: bappeda, title: 'Staf', role: 'staff' })).status).toBe(404);
      for (const method of ['GET', 'DELETE'] as const)
        expect((await t.request({ method, url: `/api/positions/${unknownId}` })).status).toBe(404);
      expect(
        (await t.request({ method: 'PATCH', url: `/api/positions/${unknownId}`, payload: { title: 'Abc' } }))
          .status,
      ).toBe(404);
    });

    it("lists an OPD's current and former position holders, and its current people", async () => {
      const unit = (await opd(taput, { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'office' })).body.id;
      const former = (await person(taput, { fullName: 'Anton Panggabean' })).body.id;
      const current = (await person(taput, { fullName: 'Lina Siregar' })).body.id;
      const future = (await person(taput, { fullName: 'Yosef Nainggolan' })).body.id;
      await position(former, {
        opdId: unit,
        title: 'Sekretaris',
        role: 'secretary',
        startDate: '2018-01-01',
        endDate: '2021-06-30',
      });
      await position(current, {
        opdId: unit,
        title: 'Sekretaris',
        role: 'secretary',
        startDate: '2021-07-01',
      });
      await position(future, {
        opdId: unit,
        title: 'Kasubbag Program',
        role: 'program_head',
        startDate: '2099-01-01',
      });
      // Former holder now works elsewhere: listed there, not here.
      await position(former, { opdId: bappeda, title: 'Staf', role: 'staff' });

      const all = await t.request({ method: 'GET', url: `/api/opds/${unit}/positions` });
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(3);
      expect(all.body.items[0]).toMatchObject({
        person: { id: current, fullName: 'Lina Siregar' },
        endDate: null,
      });
      const nowHeld = await t.request({ method: 'GET', url: `/api/opds/${unit}/positions?current=true` });
      expect(nowHeld.body.items.map((x: { person: { id: string } }) => x.person.id)).toEqual([current]);
      const notNow = await t.request({ method: 'GET', url: `/api/opds/${unit}/positions?current=false` });
      expect(notNow.body.items.map((x: { person: { id: string } }) => x.person.id).sort()).toEqual(
        [former, future].sort(),
      );

      const peopleIn = await t.request({ method: 'GET', url: `/api/regions/${taput}/people?opd=${unit}` });
      expect(peopleIn.body.items.map((x: { id: string }) => x.id)).toEqual([current]);
      const byName = await t.request({ method: 'GET', url: `/api/regions/${taput}/people?q=panggabean` });
      expect(byName.body.items.map((x: { id: string }) => x.id)).toEqual([former]);
      const inBappeda = await t.request({
        method: 'GET',
        url: `/api/regions/${taput}/people?opd=${bappeda}&q=anton`,
      });
      expect(inBappeda.body.total).toBe(1);

      expect((await t.request({ method: 'GET', url: `/api/opds/${unknownId}/positions` })).status).toBe(404);
      const bad = await t.request({ method: 'GET', url: `/api/opds/${unit}/positions?current=maybe` });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['current']);

      // An OPD with people in it cannot be deleted out from under them.
      const refused = await t.request({ method: 'DELETE', url: `/api/opds/${unit}` });
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(/positions/);
    });
  });
});
