import { expect, test } from './harness/test.ts';

test('the API docs render in Chromium under the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/api/docs');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  // Swagger UI builds the page from /api/openapi.json in the browser: the title appears only if its
  // scripts ran and the spec loaded.
  await page.locator('.swagger-ui .info .title').getByText('Rancang API').waitFor();
  await page.locator('.opblock-summary-path').getByText('/api/health', { exact: true }).waitFor();
  // Swagger UI draws only the sections near the view (the list is virtualised), so counting them proves
  // nothing: scroll until the spec's last section (its tags in the order of its operations) is drawn.
  const spec = (await (await page.request.get('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { tags?: string[] }>>;
  };
  const tags = [
    ...new Set(
      Object.values(spec.paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags ?? [])),
    ),
  ];
  expect(tags.length).toBeGreaterThan(10);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 4000);
      return page.locator('.opblock-tag').allInnerTexts();
    })
    .toContain(tags.at(-1));
});
