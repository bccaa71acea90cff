import { expect, test } from '@playwright/test';
import { ComparisonPage } from './pages/comparison-page';

// The production server (server/index.mjs) replays rendered permalinks with a fresh nonce each time.
test.describe.configure({ timeout: 90_000 });

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1] ?? '';

test('a permalink is rendered once, then replayed with a fresh nonce in its policy and its scripts', async ({
  request,
}) => {
  const first = await request.get('/c/example');
  const second = await request.get('/c/example');
  expect(first.status()).toBe(200);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-page-cache']).toBe('hit');
  const [n1, n2] = [
    nonceOf(first.headers()['content-security-policy']),
    nonceOf(second.headers()['content-security-policy']),
  ];
  expect(n1).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(n2).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(n2).not.toBe(n1);
  const body = await second.text();
  expect(body).toContain(`nonce="${n2}"`);
  expect(body).not.toContain(n1);
  // Every script the page carries has this response's nonce.
  const scripts = body.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${n2}"`);
  // The security headers come back with the replay.
  expect(second.headers()['x-content-type-options']).toBe('nosniff');
  expect(second.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('a replayed permalink runs its scripts under the policy: the page is interactive, with no violations', async ({
  page,
  request,
}) => {
  await (await request.get('/c/example')).text(); // make sure the page is stored
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`csp violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const cmp = new ComparisonPage(page);
  const response = await cmp.open();
  expect(response?.headers()['x-page-cache']).toBe('hit');
  // Hydrated: the legend's toggle works.
  const toggle = cmp.legendToggle('naming');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(violations).toEqual([]);
});

test('an unknown permalink is never stored: it stays a 404', async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/c/AAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status()).toBe(404);
    expect(res.headers()['x-page-cache']).not.toBe('hit');
  }
});

test('a forged Host on the first view cannot poison what later readers get', async ({ request }) => {
  const saved = await request.post('/api/comparisons', {
    data: {
      a: { text: 'The council approved the plan on Monday, officials said.' },
      b: { text: 'Critics said the council rushed the plan through on Monday.' },
    },
  });
  expect(saved.status()).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  const forged = await request.get(`/c/${id}`, {
    headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
  });
  expect(forged.headers()['x-page-cache']).toBe('miss');
  expect(await forged.text()).not.toMatch(/evil\.example|gopher/);
  const later = await request.get(`/c/${id}`);
  expect(later.headers()['x-page-cache']).toBe('hit');
  expect(await later.text()).not.toMatch(/evil\.example|gopher/);
});
