import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ComparisonPage } from './pages/comparison-page';

// Two shared cores and a cold server make single pages slow; give each test room.
test.describe.configure({ timeout: 90_000 });

const OUT = join('test-results', 'screenshots');
const BUDGET_GZIP_BYTES = 200 * 1024;

for (const width of [1280, 390]) {
  test(`screenshots of the example and home at ${width} px, without sideways scrolling`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width, height: 900 });
    const cmp = new ComparisonPage(page);
    await cmp.open();
    await page.screenshot({ path: join(OUT, `example-${width}-top.png`) });
    await page.screenshot({ path: join(OUT, `example-${width}-full.png`), fullPage: true });
    const kiev = cmp.marks('a', 'naming').first();
    await kiev.focus();
    await expect(cmp.card).toBeVisible();
    await page.screenshot({ path: join(OUT, `example-${width}-card.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(OUT, `example-${width}-print.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    for (const path of ['/', '/methodology']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const name = path === '/' ? 'home' : 'methodology';
      await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    }
  });
}

test('first-load JavaScript of the comparison page stays within 200 KB gzip', async ({ request }) => {
  const html = await (await request.get('/c/example')).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] as string))];
  expect(srcs.length).toBeGreaterThan(0);
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = await (await request.get(src)).body();
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const figure = {
    page: '/c/example',
    scripts: srcs.length,
    rawBytes: raw,
    gzipBytes: gzip,
    gzipKB: +(gzip / 1024).toFixed(1),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'first-load-js.json'), `${JSON.stringify(figure, null, 2)}\n`);
  console.log(
    `first-load JS of /c/example: ${figure.gzipKB} KB gzip (${(raw / 1024).toFixed(1)} KB raw, ${srcs.length} scripts)`,
  );
  expect(gzip).toBeLessThan(BUDGET_GZIP_BYTES);
});

test('at 360 px no page scrolls sideways and long words in the text wrap', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ['/', '/c/example', '/methodology']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test('a saved article with a very long word and address still fits a 360 px screen', async ({
  page,
  request,
}) => {
  const long = `https://example.org/${'a-very-long-path-segment-'.repeat(20)}`;
  const text = `Officials said the plan was ${'unprecedentedly'.repeat(12)} ambitious. See ${long} for details.\n\nA second paragraph follows here.`;
  const res = await request.post('/api/comparisons', {
    data: {
      a: { text, title: 'x'.repeat(300), url: long },
      b: { text: 'Officials said the plan was modest.' },
    },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`/c/${id}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('pane-a')).toContainText('unprecedentedly');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});
