import { describe, expect, it } from 'vitest';
import { fieldMessage } from './field-message.ts';

describe('a field error in the reader’s language', () => {
  const tooShort = {
    message: 'Too small: expected string to have >=3 characters',
    code: 'too_small',
    params: { origin: 'string', minimum: 3, inclusive: true },
  };

  it('words a failed schema check in Indonesian for an Indonesian reader', () => {
    const worded = fieldMessage(tooShort, 'id');
    expect(worded).toMatch(/3 karakter/);
    expect(worded).not.toMatch(/expected/);
  });

  it('keeps the API’s words in English, and for our own rules in any language', () => {
    expect(fieldMessage(tooShort, 'en')).toBe(tooShort.message);
    const rule = { message: 'must be inside the plan period 2022–2031', code: 'custom' };
    expect(fieldMessage(rule, 'id')).toBe(rule.message);
    expect(fieldMessage({ message: 'is not a known field' }, 'id')).toBe('is not a known field');
  });
});
