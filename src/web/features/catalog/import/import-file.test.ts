import { describe, expect, it } from 'vitest';
import { checkImportFile, importFileKind, importPayload, MAX_IMPORT_BYTES } from './import-file.ts';

describe('a catalogue file chosen for import', () => {
  it('is CSV or JSON by its extension, or by its media type when the name has none', () => {
    expect(importFileKind({ name: 'katalog.CSV', type: '' })).toBe('csv');
    expect(importFileKind({ name: 'katalog.json', type: 'text/plain' })).toBe('json');
    expect(importFileKind({ name: 'katalog', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(importFileKind({ name: 'katalog', type: 'application/json' })).toBe('json');
    expect(importFileKind({ name: 'katalog.xlsx', type: 'application/octet-stream' })).toBeNull();
  });

  it('is refused before reading when it is another kind of file or too large for the API', () => {
    expect(checkImportFile({ name: 'a.csv', type: 'text/csv', size: 1200 })).toBeNull();
    expect(checkImportFile({ name: 'a.pdf', type: 'application/pdf', size: 1200 })).toBe('kind');
    expect(checkImportFile({ name: 'a.csv', type: 'text/csv', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
  });

  it('goes as CSV text as it is, for the server to check line by line', () => {
    expect(importPayload('csv', '\uFEFFcode,source\r\nX-1,local\r\n')).toEqual({
      csv: '\uFEFFcode,source\r\nX-1,local\r\n',
    });
  });

  it('goes as the entries of an exported JSON document, or of a bare list', () => {
    const entries = [{ code: 'X-1' }, { code: 'X-2' }];
    expect(
      importPayload('json', JSON.stringify({ format: 'rancang-indicator-catalog', version: 1, entries })),
    ).toEqual({ entries });
    expect(importPayload('json', `\uFEFF${JSON.stringify(entries)}`)).toEqual({ entries });
  });

  it('is refused when its JSON does not parse or holds no catalogue', () => {
    expect(importPayload('json', '{"entries": [')).toBe('json');
    expect(importPayload('json', '{"code": "X-1"}')).toBe('shape');
    expect(importPayload('json', '{"format": "rancang-plan", "entries": []}')).toBe('shape');
    expect(importPayload('json', '"entries"')).toBe('shape');
  });
});
