import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download.ts';

describe('the file name of a download', () => {
  it('reads a plain name, as the server sends its documents', () => {
    expect(
      fileNameFromDisposition('attachment; filename=rencana-induk-smart-city-tapanuli-utara-2022-2031.docx'),
    ).toBe('rencana-induk-smart-city-tapanuli-utara-2022-2031.docx');
  });

  it('reads a quoted name with escaped quotes', () => {
    expect(fileNameFromDisposition('attachment; filename="lembar \\"kerja\\" 2026.xlsx"')).toBe(
      'lembar _kerja_ 2026.xlsx',
    );
    expect(fileNameFromDisposition('attachment; filename="a; b.csv"')).toBe('a; b.csv');
  });

  it('prefers the UTF-8 name over the ASCII stand-in', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="ringkasan-?.docx"; filename*=UTF-8''ringkasan-%C2%B3-toba.docx`,
      ),
    ).toBe('ringkasan-³-toba.docx');
  });

  it('falls back to the plain name when the UTF-8 one is malformed', () => {
    expect(fileNameFromDisposition(`attachment; filename="plan.pdf"; filename*=UTF-8''%E0%A4%A`)).toBe(
      'plan.pdf',
    );
  });

  it('keeps folders out of the name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('_.._etc_passwd');
    expect(fileNameFromDisposition('attachment; filename="..\\\\secret.docx"')).toBe('_secret.docx');
  });

  it('gives nothing when the header names no file', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeNull();
  });
});
