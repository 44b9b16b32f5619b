import { afterEach, beforeEach, expect, vi } from 'vitest';

// A console.error during a test is a bug nobody asserted on: fail the test that caused it.
let spy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  spy = vi.spyOn(console, 'error');
});
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockRestore();
  expect(calls, 'console.error was called during the test').toEqual([]);
});
