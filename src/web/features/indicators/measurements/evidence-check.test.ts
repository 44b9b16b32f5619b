import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/evidence.ts';
import { checkEvidence, EVIDENCE_ACCEPT } from './evidence-check.ts';

describe('an evidence file checked in the browser', () => {
  it('passes the kinds the server accepts, whatever the case of the extension', () => {
    for (const name of ['laporan.pdf', 'foto.JPG', 'foto.jpeg', 'grafik.png', 'rekap.xlsx', 'data.csv'])
      expect(checkEvidence({ name, size: 2048 }), name).toBeNull();
  });

  it('refuses another kind, an empty file and one over the limit', () => {
    expect(checkEvidence({ name: 'setup.exe', size: 10 })).toBe('kind');
    expect(checkEvidence({ name: 'laporan', size: 10 })).toBe('kind');
    expect(checkEvidence({ name: 'rekap.xls', size: 10 })).toBe('kind');
    expect(checkEvidence({ name: 'kosong.pdf', size: 0 })).toBe('empty');
    expect(checkEvidence({ name: 'besar.pdf', size: EVIDENCE_MAX_BYTES + 1 })).toBe('size');
    expect(checkEvidence({ name: 'pas.pdf', size: EVIDENCE_MAX_BYTES })).toBeNull();
  });

  it('offers the same extensions in the file picker', () => {
    expect(EVIDENCE_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.xlsx,.csv');
  });
});
