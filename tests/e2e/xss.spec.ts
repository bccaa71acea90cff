import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

/**
 * Script injection in a real Chromium: every payload goes in as article text, title, outlet and address,
 * is saved through the API and viewed at its permalink. A payload that ran would open a dialog or set
 * `window.__xss`; none may. Content-Security-Policy violations are counted (an injected inline script that
 * the browser refused would show up there) and every page must load with none.
 */

// Each payload sets window.__xss (or parent.__xss) to its own number and opens a dialog if it ever runs.
const PAYLOADS: readonly string[] = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '<svg onload="window.__xss=3;alert(3)">',
  '<svg><script>window.__xss=4;alert(4)</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=5;alert(5)</script>"></iframe>',
  '<a href="javascript:window.__xss=6;alert(6)">click me</a>',
  'javascript:window.__xss=7;alert(7)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=9;alert(9)>">',
  '<template><img src=x onerror="window.__xss=10;alert(10)"></template>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11;alert(11)>',
  '"><script>window.__xss=12;alert(12)</script>',
  "'><img src=x onerror=window.__xss=13;alert(13)>",
  '</title><script>window.__xss=14;alert(14)</script>',
  '</script><script>window.__xss=15;alert(15)</script>',
  '<body onload="window.__xss=16;alert(16)">',
  '<details open ontoggle="window.__xss=17;alert(17)">',
  '<input autofocus onfocus="window.__xss=18;alert(18)">',
  '<object data="javascript:window.__xss=19;alert(19)"></object>',
  '<embed src="data:text/html,<script>parent.__xss=20;alert(20)</script>">',
  '<div style="background:url(javascript:window.__xss=21)">x</div>',
  "{{constructor.constructor('window.__xss=22;alert(22)')()}}",
  '\u2028\u2029</script><!--<script>window.__xss=23;alert(23)</script>',
  '<img src=x onerror=&#x77;indow.__xss=24;&#x61;lert(24)>',
  '<a href="&#106;avascript:window.__xss=25;alert(25)">x</a>',
  '<form action="javascript:window.__xss=26;alert(26)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=27;alert(27)">',
  '<base href="javascript:window.__xss=28;alert(28)//">',
  '<svg><animate onbegin="window.__xss=29;alert(29)" attributeName=x dur=1s>',
  '<xss id=x tabindex=1 autofocus onfocusin="window.__xss=30;alert(30)"></xss>',
];

// Elements or attributes that only exist in the DOM if some payload was parsed as HTML.
const INJECTED =
  'img[src="x"], iframe, object, embed, noscript p, template, mglyph, details[ontoggle], input[onfocus], ' +
  'svg[onload], animate, xss, base, meta[http-equiv="refresh"], body[onload], [onerror], ' +
  'a[href^="javascript" i], form[action^="javascript" i], script:not([nonce]):not([src])';

const totals = { payloads: 0, saved: 0, executions: 0, cspViolations: 0, pagesChecked: 0 };

interface Watch {
  dialogs: string[];
  consoleCsp: string[];
  pageErrors: string[];
}

/** Installs the listeners before any page script runs: dialogs, console CSP reports, page errors. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { dialogs: [], consoleCsp: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    w.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (/content security policy/i.test(msg.text())) w.consoleCsp.push(msg.text());
  });
  page.on('pageerror', (err) => w.pageErrors.push(err.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return w;
}

async function inPage(page: Page): Promise<{ xss: unknown; violations: string[]; injected: number }> {
  return page.evaluate((selector) => {
    const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    return {
      xss: w.__xss ?? null,
      violations: w.__cspViolations ?? [],
      injected: document.querySelectorAll(selector).length,
    };
  }, INJECTED);
}

async function save(request: APIRequestContext, payload: string, n: number): Promise<string> {
  const body = {
    a: {
      text: `Officials said ${payload} on Monday.\n\n"${payload}," the minister told reporters in Kyiv.\n\n${payload}`,
      title: payload,
      outlet: payload.slice(0, 200),
      url: `https://example.com/news/${n}?q=${payload}`.slice(0, 2048),
    },
    b: {
      text: `${payload}\n\nAccording to Reuters, the controversial plan was "${payload}" and very alarming.`,
      title: `Title ${payload}`,
      outlet: `Outlet ${payload}`.slice(0, 200),
      url: `https://example.org/${encodeURIComponent(payload)}`,
    },
  };
  const response = await request.post('/api/comparisons', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  return id;
}

test.afterAll(() => {
  console.log(
    `[xss] ${totals.payloads} payloads, ${totals.saved} saved and viewed, ${totals.executions} executed, ` +
      `${totals.cspViolations} CSP violations, ${totals.pagesChecked} plain pages checked`,
  );
});

test.describe('XSS payloads saved and viewed at their permalink', () => {
  PAYLOADS.forEach((payload, i) => {
    test(`payload ${i + 1}: ${payload.slice(0, 60)}`, async ({ page }) => {
      totals.payloads += 1;
      const w = await watch(page);
      const id = await save(page.request, payload, i + 1);
      totals.saved += 1;

      const response = await page.goto(`/c/${id}`);
      expect(response?.status()).toBe(200);
      // The payload is shown as text, so the page did render the saved article.
      const fragment = payload.trim().slice(0, 24);
      expect(await page.evaluate((f) => document.body.textContent?.includes(f), fragment)).toBe(true);
      // Give event-handler payloads (onfocus, ontoggle, onbegin, refresh) a chance to fire, and poke them.
      await page.keyboard.press('Tab');
      await page.mouse.move(200, 300);
      await page.waitForTimeout(300);

      const seen = await inPage(page);
      const executed = w.dialogs.length + (seen.xss === null ? 0 : 1);
      totals.executions += executed;
      totals.cspViolations += seen.violations.length;
      expect(w.dialogs, 'a dialog opened').toEqual([]);
      expect(seen.xss, 'a payload set window.__xss').toBeNull();
      expect(seen.injected, 'payload markup reached the DOM').toBe(0);
      expect(seen.violations, 'CSP violations').toEqual([]);
      expect(w.consoleCsp).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    });
  });

  test('script and data addresses are refused by the API, never stored as links', async ({ request }) => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const response = await request.post('/api/comparisons', {
        data: { a: { text: 'Some text.', url }, b: { text: 'Other text.' } },
      });
      expect(response.status(), url).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; field?: string } };
      expect(error.field).toBe('a.url');
    }
  });
});

test.describe('every page loads under the CSP with no violation', () => {
  for (const path of ['/', '/c/example', '/methodology', '/new', '/c/does-not-exist']) {
    test(`GET ${path}`, async ({ page }) => {
      const w = await watch(page);
      const response = await page.goto(path);
      const status = response?.status() ?? 0;
      // /new may not exist in every version of the app; a 404 page must still honour the policy.
      expect([200, 404]).toContain(status);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      // Next stamped the fresh nonce on every script of the served HTML, so the app could hydrate.
      // (Scripts that trusted code adds later carry none: 'strict-dynamic' lets them run.)
      const html = (await response?.text()) ?? '';
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      const seen = await inPage(page);
      totals.pagesChecked += 1;
      totals.cspViolations += seen.violations.length;
      expect(seen.violations).toEqual([]);
      expect(w.consoleCsp).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    });
  }

  test('the example chart draws under the policy (Recharts needs style attributes)', async ({ page }) => {
    test.setTimeout(90_000); // four charts with data, each drawn when scrolled into view
    const w = await watch(page);
    await page.goto('/c/example');
    await expect(page.locator('figure[data-testid^="chart-"]')).toHaveCount(5);
    for (const chart of await page.locator('figure[data-testid^="chart-"]:not([data-empty])').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 15_000 });
    }
    expect((await inPage(page)).violations).toEqual([]);
    expect(w.consoleCsp).toEqual([]);
  });

  test('social preview images (next/og) render under the CSP', async ({ page, request }) => {
    await page.goto('/c/example');
    const images = await page
      .locator('meta[property="og:image"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
    expect(images.length, 'the permalink names an og:image').toBeGreaterThan(0);
    for (const src of images) {
      const url = new URL(src);
      const response = await request.get(`${url.pathname}${url.search}`);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\//);
    }
  });
});

test.describe('security headers', () => {
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };

  test('on a page, with a fresh nonce per request', async ({ request }) => {
    const first = await request.get('/');
    const second = await request.get('/');
    for (const [name, value] of Object.entries(common)) expect(first.headers()[name]).toBe(value);
    expect(first.headers()['permissions-policy']).toContain('camera=()');
    expect(first.headers()['strict-transport-security']).toContain('max-age=');
    const csp = first.headers()['content-security-policy'] ?? '';
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"])
      expect(csp).toContain(d);
    expect(second.headers()['content-security-policy']).not.toBe(csp);
  });

  test('on an API response', async ({ request }) => {
    const response = await request.get('/api/comparisons/example');
    expect(response.status()).toBe(200);
    for (const [name, value] of Object.entries(common)) expect(response.headers()[name]).toBe(value);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  });
});
