import { describe, expect, it } from 'vitest';
import { plain } from './cells.ts';
import { readWorkbook } from './workbook-reader.ts';

/**
 * Cells as other spreadsheet programs write them, not only as our export does: inline strings
 * (LibreOffice, scripts), rich text (a word made bold in Excel), a date format inherited from the row,
 * cached formula results. Each must come out as the value a person typed, or as what it is (a formula,
 * a date, an error), so that the import checks what the person sees.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const bytes = (xml: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>${xml}`);

const workbookParts = (sheetData: string, extra: Record<string, string> = {}) => ({
  'xl/workbook.xml': bytes(
    `<workbook ${NS} ${REL_NS}><sheets><sheet name="Smart Governance" sheetId="1" r:id="rId7"/><sheet name="Catatan" sheetId="2" r:id="rId8"/></sheets></workbook>`,
  ),
  'xl/_rels/workbook.xml.rels': bytes(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
  'xl/styles.xml': bytes(
    `<styleSheet ${NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="3" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  ),
  'xl/sharedStrings.xml': bytes(
    `<sst ${NS}><si><t>Mal Pelayanan Publik</t></si><si><r><t>Dinas </t></r><r><rPr><b/></rPr><t>Kominfo</t></r></si><si><t xml:space="preserve"> </t></si></sst>`,
  ),
  'xl/worksheets/sheet1.xml': bytes(`<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`),
  ...Object.fromEntries(Object.entries(extra).map(([name, xml]) => [name, bytes(xml)])),
});

describe('reading a workbook’s cells', () => {
  it('reads shared, rich and inline text, numbers, booleans, formulas, errors and dates as a person sees them', async () => {
    const book = await readWorkbook(
      workbookParts(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Tarutung &amp; Balige</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>2027</v></c><c r="B2" s="2"><v>1500000</v></c><c r="C2" t="b"><v>1</v></c><c r="AD2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c></row>' +
          '<row r="3" s="1" customFormat="1"><c r="A3"><v>46023</v></c><c r="B3" s="2"><v>2026</v></c><c r="C3" t="e"><v>#N/A</v></c></row>' +
          '<row r="4"><c r="A4" s="1"/><c r="B4" t="s"><v>2</v></c></row>' +
          '<row r="5"><c r="A5" s="1"><v>46023</v></c></row>',
      ),
    );
    expect(book.listed).toEqual(['Smart Governance', 'Catatan']);
    expect(book.sheets.map((s) => s.name)).toEqual(['Smart Governance']);
    const rows = book.sheets[0]?.rows ?? [];
    // A row holding only an empty styled cell and a blank shared string is kept (the blank is text).
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    const cell = (row: number, col: number) => plain(rows[row - 1]?.cells[col]);

    expect(cell(1, 1)).toEqual({ kind: 'text', value: 'Mal Pelayanan Publik' });
    expect(cell(1, 2)).toEqual({ kind: 'text', value: 'Dinas Kominfo' });
    expect(cell(1, 3)).toEqual({ kind: 'text', value: 'Tarutung & Balige' });
    expect(cell(2, 1)).toEqual({ kind: 'number', value: 2027 });
    expect(cell(2, 2)).toEqual({ kind: 'number', value: 1500000 });
    expect(cell(2, 3)).toEqual({ kind: 'boolean', value: true });
    expect(cell(2, 30)).toEqual({ kind: 'formula' });
    // The row's date format reaches its cells without a style of their own, not those with one.
    expect(cell(3, 1)).toEqual({ kind: 'date' });
    expect(cell(3, 2)).toEqual({ kind: 'number', value: 2026 });
    expect(cell(3, 3)).toEqual({ kind: 'error', value: '#N/A' });
    expect(cell(4, 1)).toEqual({ kind: 'blank' });
    expect(cell(4, 2)).toEqual({ kind: 'blank' });
    expect(cell(5, 1)).toEqual({ kind: 'date' });
  });

  it('refuses a sheet whose XML is broken or whose cells name a column past XFD, naming the file', async () => {
    await expect(readWorkbook(workbookParts('<row r="1"><c r="A1"><v>1</v></row>'))).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^file: cannot be read as an Excel workbook/),
    });
    await expect(
      readWorkbook(workbookParts('<row r="1"><c r="ZZZ1"><v>1</v></c></row>')),
    ).rejects.toMatchObject({ status: 400 });
  });
});
