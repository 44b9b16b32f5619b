import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';

const taput = {
  code: '12.02',
  name: 'Kabupaten Tapanuli Utara',
  kind: 'kabupaten',
  province: 'Sumatera Utara',
  capital: 'Tarutung',
  population: 312758,
  populationYear: 2020,
  areaKm2: 3793.71,
};

describe('regions API', () => {
  const t = useTestApp();

  it('creates, reads, lists, changes and deletes a region', async () => {
    const created = await t.request({ method: 'POST', url: '/api/regions', payload: taput });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '12.02', areaKm2: '3793.71', version: 1 });
    const id = created.body.id;

    const read = await t.request({ method: 'GET', url: `/api/regions/${id}` });
    expect(read.body.name).toBe('Kabupaten Tapanuli Utara');

    const list = await t.request({ method: 'GET', url: '/api/regions?q=tapanuli' });
    expect(list.body).toMatchObject({ total: 1, items: [{ id }] });

    const changed = await t.request({
      method: 'PATCH',
      url: `/api/regions/${id}`,
      payload: { population: 320000 },
    });
    expect(changed.body).toMatchObject({ population: 320000, version: 2 });

    const deleted = await t.request({ method: 'DELETE', url: `/api/regions/${id}` });
    expect(deleted.status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/regions/${id}` })).status).toBe(404);
  });

  it('names every bad field in a problem+json answer', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: 'Taput', population: -5, kind: 'province' },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'code',
      'kind',
      'population',
    ]);
  });

  it('refuses a duplicate region code with 409', async () => {
    await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: '12.16', name: 'Kab A' },
    });
    const res = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: '12.16', name: 'Kab B' },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/code/);
  });

  it('refuses a stale version with 409 and the current record', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: '12.17' },
    });
    const id = created.body.id;
    await t.request({ method: 'PATCH', url: `/api/regions/${id}`, payload: { capital: 'A', version: 1 } });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/regions/${id}`,
      payload: { capital: 'B', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ capital: 'A', version: 2 });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect(
      (await t.request({ method: 'GET', url: '/api/regions/00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/regions/nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
  });

  it('keeps kecamatan under their region and refuses to delete a region that has them', async () => {
    const region = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: '12.18' },
    });
    const kec = await t.request({
      method: 'POST',
      url: `/api/regions/${region.body.id}/kecamatan`,
      payload: { code: '12.18.01', name: 'Tarutung' },
    });
    expect(kec.status).toBe(201);
    expect(kec.body.regionId).toBe(region.body.id);
    const list = await t.request({ method: 'GET', url: `/api/regions/${region.body.id}/kecamatan` });
    expect(list.body.items.map((k: { name: string }) => k.name)).toEqual(['Tarutung']);
    const refused = await t.request({ method: 'DELETE', url: `/api/regions/${region.body.id}` });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/still used by kecamatan/);
    expect(refused.body.usedBy).toBe('kecamatan');
  });

  it('refuses a bad list query, naming the parameter', async () => {
    const res = await t.request({ method: 'GET', url: '/api/regions?limit=0' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'limit', in: 'query' })]);
  });

  it('reads, changes and deletes a kecamatan, and answers 404 for unknown ones', async () => {
    const region = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: { ...taput, code: '12.19' },
    });
    const kec = await t.request({
      method: 'POST',
      url: `/api/regions/${region.body.id}/kecamatan`,
      payload: { code: '12.19.01', name: 'Sipoholon', areaKm2: '189.2' },
    });
    const url = `/api/kecamatan/${kec.body.id}`;
    expect((await t.request({ method: 'GET', url })).body).toMatchObject({
      name: 'Sipoholon',
      areaKm2: '189.20',
    });
    const renamed = await t.request({ method: 'PATCH', url, payload: { population: 26000, version: 1 } });
    expect(renamed.body).toMatchObject({ population: 26000, version: 2 });
    const bad = await t.request({ method: 'PATCH', url, payload: { areaKm2: -3 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('areaKm2');
    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
    const unknownRegion = '00000000-0000-4000-8000-000000000000';
    expect((await t.request({ method: 'GET', url: `/api/regions/${unknownRegion}/kecamatan` })).status).toBe(
      404,
    );
  });
});
