import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.ts';
import { refusalMessage } from './refusal-message.ts';

const t = ((key: string) => key) as unknown as TFunction;
const refused = (status: number, init: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({
    status,
    kind: 'validation',
    title: 'Invalid input',
    detail: 'file: is not a workbook',
    ...init,
  });

describe('why a workbook was refused', () => {
  it('says the file is too large for a 413', () => {
    expect(refusalMessage(t, refused(413, { kind: 'payload-too-large' }))).toBe(
      'documents.worksheet.import.tooLarge',
    );
  });

  it('gives what the server said of the file field', () => {
    const error = refused(400, {
      fields: [
        { field: 'mode', in: 'query', message: 'must be all or valid' },
        { field: 'file', in: 'body', message: 'is not an XLSX workbook', code: 'custom' },
      ],
    });
    expect(refusalMessage(t, error)).toBe('is not an XLSX workbook');
  });

  it('falls back to the general message: the detail for a 4xx, a stand-in for a server failure', () => {
    expect(refusalMessage(t, refused(422))).toBe('file: is not a workbook');
    expect(refusalMessage(t, refused(403, { kind: 'forbidden' }))).toBe('errors.forbidden');
    expect(refusalMessage(t, refused(500, { kind: 'internal' }))).toBe('errors.server');
    expect(refusalMessage(t, new Error('boom'))).toBe('errors.unexpected');
  });
});
