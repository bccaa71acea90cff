import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { NewComparisonForm } from './pages/new-comparison-form';

// A page server on loopback; scripts/e2e.mjs allows the app to fetch from its port (FRAMELENS_IMPORT_ALLOW).
const fixturePort = Number(process.env.E2E_FIXTURE_PORT);
const fixture = `http://127.0.0.1:${fixturePort}`;

const ARTICLE = `<!doctype html><html><head><title>Council approves new bus lanes | The Riverside Courier</title>
<meta property="og:site_name" content="The Riverside Courier"></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves new bus lanes</h1>
<p>The city council voted on Tuesday to add bus lanes on three main roads, after a year of consultation with residents and shop owners along the routes.</p>
<p>"This will cut journey times for thousands of people every day," said the transport committee chair, Maria Lopez, after the vote.</p>
<p>Some shop owners said the lanes would remove parking spaces their customers rely on, and asked the council to review the plan after six months.</p>
<p>Work on the first road is due to start in the spring and to last about eight weeks, the council said in a statement.</p>
</article><footer>Copyright The Riverside Courier</footer></body></html>`;

let server: Server;
test.beforeAll(async () => {
  test.skip(!fixturePort, 'run through npm run test:e2e, which gives the fixture server a port');
  server = createServer((req, res) => {
    if (req.url === '/article') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(ARTICLE);
    } else if (req.url === '/picture') {
      res.setHeader('content-type', 'image/png');
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html');
      res.end('<p>Not here</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(fixturePort, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test('importing an address fills the article fields from the page', async ({ page }) => {
  const form = new NewComparisonForm(page);
  await form.open();
  const control = page.getByTestId('import-control-a');
  await control.getByTestId('import-control-a-url').fill(`${fixture}/article`);
  await control.getByTestId('import-control-a-button').click();
  await expect(control.getByTestId('import-control-a-status')).toContainText('Imported', { timeout: 20_000 });
  await expect(form.text('a')).toHaveValue(/voted on Tuesday to add bus lanes/);
  await expect(form.text('a')).not.toHaveValue(/Copyright|Sport/);
  await expect(form.field('a', 'Title')).toHaveValue('Council approves new bus lanes');
  await expect(form.field('a', 'Address')).toHaveValue(`${fixture}/article`);
});

for (const [what, path, message] of [
  ['a missing page', '/missing', /404/],
  ['a page that is not text', '/picture', /not a web page|type/i],
] as const) {
  test(`importing ${what} shows a specific error and keeps what was typed`, async ({ page }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.text('a').fill('My own notes, typed before the import.');
    const control = page.getByTestId('import-control-a');
    await control.getByTestId('import-control-a-url').fill(`${fixture}${path}`);
    await control.getByTestId('import-control-a-button').click();
    const alert = control.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(message);
    await expect(form.text('a')).toHaveValue('My own notes, typed before the import.');
  });
}

test('an address on this machine outside the allowlist is refused before any connection', async ({
  page,
}) => {
  const form = new NewComparisonForm(page);
  await form.open();
  const control = page.getByTestId('import-control-b');
  // Loopback, but not the allowed port: the SSRF guard refuses it without connecting.
  await control.getByTestId('import-control-b-url').fill(`http://127.0.0.1:${fixturePort === 9 ? 10 : 9}/`);
  await control.getByTestId('import-control-b-button').click();
  const alert = control.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toHaveAttribute('data-code', /.+/);
  await expect(alert).not.toHaveAttribute('data-code', 'network');
});
