import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../../demo/load.ts';
import { SAMOSIR, TAPANULI_UTARA } from '../../../../demo/regions.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';
import { useTestApp } from '../../testing/app.ts';
import { PASSWORD, seedUser, sessionCookie, XHR } from '../auth/test-fixtures.ts';
import { masterPlanHeadings, summaryHeadings } from './outline.ts';
import { docxParts, docxTextByLibreOffice, paragraphsInStyle, pdfText } from './test-readers.ts';
import { en } from './words-en.ts';
import { id } from './words-id.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ROUTES = ['document.docx', 'document.pdf', 'summary.docx'] as const;

describe('master plan documents of the demo plan', () => {
  const t = useTestApp();
  let taput: string;
  let samosir: string;
  let docx: Buffer;
  let docxHeaders: Record<string, unknown>;
  let pdf: Buffer;
  let pdfHeaders: Record<string, unknown>;
  let docxText: string;
  let pdfTextContent: string;

  /** The raw answer (bytes, not text), as the file's platform admin unless a cookie is given. */
  const get = async (url: string, cookie: string | null = t.adminCookie) => {
    const options: InjectOptions = { method: 'GET', url, headers: cookie ? { ...XHR, cookie } : {} };
    const res = await t.app.inject(options);
    return {
      status: res.statusCode,
      headers: res.headers as Record<string, unknown>,
      bytes: res.rawPayload,
      json: () => res.json(),
    };
  };

  const planOf = async (code: string) => {
    const [row] = await t.database.db
      .select({ id: plans.id })
      .from(plans)
      .innerJoin(regions, eq(regions.id, plans.regionId))
      .where(eq(regions.code, code));
    return row?.id as string;
  };

  beforeAll(async () => {
    await loadDemo(t.database);
    taput = await planOf(TAPANULI_UTARA);
    samosir = await planOf(SAMOSIR);
    const [word, printed] = await Promise.all([
      get(`/api/plans/${taput}/document.docx`),
      get(`/api/plans/${taput}/document.pdf`),
    ]);
    expect(word.status).toBe(200);
    expect(printed.status).toBe(200);
    docx = word.bytes;
    docxHeaders = word.headers;
    pdf = printed.bytes;
    pdfHeaders = printed.headers;
    // Each file is read once by a real reader: LibreOffice opens the DOCX, pdftotext reads the PDF.
    [docxText, pdfTextContent] = await Promise.all([docxTextByLibreOffice(docx), pdfText(pdf)]);
  }, 180_000);

  it('sends the DOCX as a Word attachment named after the regency and period', () => {
    expect(docxHeaders['content-type']).toBe(DOCX);
    expect(docxHeaders['content-disposition']).toBe(
      'attachment; filename=rencana-induk-smart-city-tapanuli-utara-2022-2031.docx',
    );
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('has every chapter, the foreword and both appendices as real Heading 1 paragraphs, in order', () => {
    const xml = docxParts(docx).text('word/document.xml');
    const headings = paragraphsInStyle(xml, 'Heading1');
    const expected = masterPlanHeadings(id);
    expect(expected).toHaveLength(14);
    expect(headings).toEqual(expected);
    expect(headings).toContain('BAB I PENDAHULUAN');
    expect(headings).toContain('BAB IX INDIKATOR, BASELINE DAN TARGET');
    // Sections of the chapters are Heading 2, numbered within their chapter.
    const sections = paragraphsInStyle(xml, 'Heading2');
    for (const heading of [
      '1.2 Dasar Hukum',
      '3.2 Skor Kesiapan',
      '8.1 Anggaran per Tahun dan Sumber Dana',
      '9.2 Penilaian Enam Kriteria',
    ])
      expect(sections).toContain(heading);
  });

  it('is an A4 document with a table of contents field, page numbers, tables and charts', () => {
    const parts = docxParts(docx);
    const xml = parts.text('word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // The programme sheet is on landscape A4 pages.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    const footers = parts.names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => parts.text(n));
    expect(footers.some((f) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(f))).toBe(true);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(20);
    // Radar, programmes per pillar, budget per year: PNG pictures.
    expect(parts.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(3);
  });

  it('is read by LibreOffice with every heading and the plan’s own data in it', () => {
    for (const heading of masterPlanHeadings(id)) expect(docxText).toContain(heading);
    expect(docxText).toContain('Tapanuli Utara Cerdas 2031');
    expect(docxText).toContain('Peraturan Bupati Tapanuli Utara Nomor 18 Tahun 2022');
    expect(docxText).toMatch(/Siborongborong/);
  });

  it('sends the PDF printed by LibreOffice, with every heading in its text', () => {
    expect(pdfHeaders['content-type']).toBe('application/pdf');
    expect(pdfHeaders['content-disposition']).toBe(
      'attachment; filename=rencana-induk-smart-city-tapanuli-utara-2022-2031.pdf',
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const heading of masterPlanHeadings(id)) expect(pdfTextContent).toContain(heading);
  });

  it("prints the table of contents with each chapter's page number", () => {
    // pdftotext keeps the dot leaders: "BAB I PENDAHULUAN.......5".
    const entry = (heading: string) =>
      new RegExp(`${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.{3,} ?(\\d+)`);
    const pages = masterPlanHeadings(id)
      .filter((heading) => heading.startsWith('BAB '))
      .map((heading) => Number(entry(heading).exec(pdfTextContent)?.[1]));
    expect(pages.length).toBe(11);
    expect(pages.every((page) => page > 2)).toBe(true);
    // Chapters follow one another: their pages never go back.
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('writes the document in English on request', async () => {
    const res = await get(`/api/plans/${taput}/document.docx?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename=smart-city-master-plan-tapanuli-utara-2022-2031.docx',
    );
    const xml = docxParts(res.bytes).text('word/document.xml');
    expect(paragraphsInStyle(xml, 'Heading1')).toEqual(masterPlanHeadings(en));
    expect(docxParts(res.bytes).text('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
  });

  it('makes the executive summary as its own document', async () => {
    for (const lang of ['id', 'en'] as const) {
      const res = await get(`/api/plans/${taput}/summary.docx?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX);
      expect(String(res.headers['content-disposition'])).toMatch(
        lang === 'id'
          ? /ringkasan-eksekutif-smart-city-tapanuli-utara-2022-2031\.docx$/
          : /smart-city-executive-summary-/,
      );
      const xml = docxParts(res.bytes).text('word/document.xml');
      expect(paragraphsInStyle(xml, 'Heading1')).toEqual(summaryHeadings(lang === 'id' ? id : en));
    }
  });

  it('answers 404 for a plan that does not exist', async () => {
    for (const route of ROUTES) {
      const res = await get(`/api/plans/${UNKNOWN}/${route}`);
      expect(res.status, route).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toBe(`No plan with id ${UNKNOWN}`);
    }
  });

  it('refuses a language other than id or en, naming the field', async () => {
    for (const route of ROUTES) {
      const res = await get(`/api/plans/${taput}/${route}?lang=fr`);
      expect(res.status, route).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'lang', in: 'query' })]);
    }
  });

  it('lets anyone download an adopted plan, but a draft only its regency’s people', async () => {
    const published = await get(`/api/plans/${taput}/document.docx`, null);
    expect(published.status).toBe(200);
    for (const route of ROUTES) {
      const anonymous = await get(`/api/plans/${samosir}/${route}`, null);
      expect(anonymous.status, route).toBe(401);
    }
    const [taputRegion] = await t.database.db
      .select({ id: regions.id })
      .from(regions)
      .where(eq(regions.code, TAPANULI_UTARA));
    await seedUser(t.database.db, 'admin@taput.test', [{ role: 'regency_admin', regionId: taputRegion?.id }]);
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'admin@taput.test', password: PASSWORD },
    });
    const outsider = sessionCookie(signedIn.headers) as string;
    for (const route of ROUTES) {
      const res = await get(`/api/plans/${samosir}/${route}`, outsider);
      expect(res.status, route).toBe(403);
    }
    const own = await get(`/api/plans/${samosir}/summary.docx`);
    expect(own.status).toBe(200);
  });

  it('answers 503 for the PDF where LibreOffice is missing', async () => {
    const saved = process.env.LIBREOFFICE_PATH;
    process.env.LIBREOFFICE_PATH = '/nonexistent/soffice';
    try {
      const res = await get(`/api/plans/${taput}/document.pdf`);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({ type: 'https://rancang.id/problems/pdf-unavailable', status: 503 });
      expect(res.json().detail).toMatch(/LibreOffice is not installed/);
    } finally {
      if (saved === undefined) delete process.env.LIBREOFFICE_PATH;
      else process.env.LIBREOFFICE_PATH = saved;
    }
  });
});
