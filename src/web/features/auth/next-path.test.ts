import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path.ts';

describe('the return address after sign-in', () => {
  it('goes back to the page that asked for an account, query included', () => {
    expect(
      safeNextPath(new URLSearchParams(signInPath('/account?tab=roles').split('?')[1]).get('next')),
    ).toBe('/account?tab=roles');
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('never leads off this site, whatever the link says', () => {
    for (const next of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
    ])
      expect(safeNextPath(next), String(next)).toBe('/');
  });
});
