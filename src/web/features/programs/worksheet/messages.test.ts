import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem.ts';
import { apiFieldMessages, problemText, serverFieldMessage } from './messages.ts';

/** Messages as their key and values, to check what is asked for without the catalogues. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('worksheet messages', () => {
  it('name the field a refused value belongs to', () => {
    expect(problemText(t, { field: 'endYear', reason: 'endBeforeStart', values: { start: 2023 } })).toBe(
      'programs.worksheet.invalid.endBeforeStart{"field":"programs.worksheet.columns.endYear","start":2023}',
    );
  });

  it('say the server’s refusal of shortened years in the reader’s language, and pass others through', () => {
    expect(serverFieldMessage(t, 'would leave the budgets of 2022, 2023 outside the programme years')).toBe(
      'programs.worksheet.server.stranded{"what":"programs.worksheet.server.what.budgets","years":"2022, 2023"}',
    );
    expect(serverFieldMessage(t, 'is not an OPD of the plan region')).toBe(
      'is not an OPD of the plan region',
    );
  });

  it('put field errors on the worksheet’s fields and the rest in one general message', () => {
    const error = new ApiError({
      status: 400,
      kind: 'validation',
      title: 'Invalid input',
      detail: '',
      fields: [
        { field: 'startYear', in: 'body', message: 'must be inside the plan period 2022–2031' },
        { field: 'pillarId', in: 'body', message: 'is not a pillar of this plan' },
      ],
    });
    const { byField, general } = apiFieldMessages(t, error);
    expect(byField).toEqual({
      startYear: 'programs.worksheet.columns.startYear: must be inside the plan period 2022–2031',
    });
    expect(general).toBe('pillarId: is not a pillar of this plan');
  });
});
