import { expect, test } from './harness/test.ts';

test('the API docs render in Chromium under the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/api/docs');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  // Swagger UI builds the page from /api/openapi.json in the browser: the title appears only if its
  // scripts ran and the spec loaded.
  await page.locator('.swagger-ui .info .title').getByText('Rancang API').waitFor();
  // The sections (one per tag) are drawn one after another: wait for them rather than count the first.
  await expect.poll(() => page.locator('.opblock-tag').count()).toBeGreaterThan(3);
});
