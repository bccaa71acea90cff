import { expect, test } from '@playwright/test';
import { ComparisonPage } from './pages/comparison-page';

// Two shared cores and a cold server make single pages slow; give each test room.
test.describe.configure({ timeout: 90_000 });

test.describe('the example comparison', () => {
  test('shows both panes with paragraphs, and marks Kiev in A and Kyiv in B as naming choices', async ({
    page,
  }) => {
    const cmp = new ComparisonPage(page);
    const response = await cmp.open();
    expect(response?.status()).toBe(200);
    await expect(cmp.paneA).toBeVisible();
    await expect(cmp.paneB).toBeVisible();
    expect(await cmp.paneA.locator('p[data-block="body"]').count()).toBeGreaterThan(5);
    await expect(cmp.paneA.locator('[data-block="headline"]')).toContainText('controversial ammo');
    await expect(
      cmp
        .marks('a', 'naming')
        .filter({ hasText: /^Kiev$/ })
        .first(),
    ).toBeVisible();
    await expect(
      cmp
        .marks('b', 'naming')
        .filter({ hasText: /^Kyiv$/ })
        .first(),
    ).toBeVisible();
    // Quote highlights name the speaker's camp.
    const quote = cmp.marks('b', 'quote').first();
    await expect(quote).toHaveAttribute('data-camp', /.+/);
    // The quotes panel counts a one-word quotation ('dud') as '1 word'.
    await expect(page.getByText(/· 1 word$/).first()).toBeAttached();
    await expect(page.getByText(/\b1 words\b/)).toHaveCount(0);
  });

  test('the legend hides and shows a category', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const mark = cmp.marks('a', 'naming').first();
    const toggle = cmp.legendToggle('naming');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(mark).toHaveCSS('text-decoration-style', 'double');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(mark).toHaveCSS('text-decoration-line', 'none');
    await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(mark).toHaveCSS('text-decoration-style', 'double');
  });

  test('the legend state is kept in the address, so a shared link opens with the same highlights', async ({
    page,
  }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open('example', '?camp=Sergey%20Ryabkov%3ARussian%20government');
    await cmp.legendToggle('naming').click();
    await page.getByTestId('toggle-only').click();
    await expect(page).toHaveURL(/[?&]hide=naming(&|$)/);
    await expect(page).toHaveURL(/[?&]only=1(&|$)/);
    await expect(page).toHaveURL(/[?&]camp=/); // the camp choice survives
    const shared = page.url();

    const other = await page.context().newPage();
    await other.goto(shared);
    const again = new ComparisonPage(other);
    await expect(again.legendToggle('naming')).toHaveAttribute('aria-pressed', 'false');
    await expect(again.legendToggle('loaded')).toHaveAttribute('aria-pressed', 'true');
    await expect(other.getByTestId('toggle-only')).toHaveAttribute('aria-pressed', 'true');
    // Hidden in the server-rendered HTML already, not after a flash.
    await expect(again.marks('a', 'naming').first()).toHaveCSS('text-decoration-line', 'none');
    await again.legendToggle('naming').click();
    await expect(other).not.toHaveURL(/hide=/);
    await other.close();
  });

  test('sentences only one article reports can be marked, with a text label', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const only = cmp.paneB.locator('[data-overlap="only-b"][data-first]').first();
    await expect(only).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await page.getByTestId('toggle-only').click();
    await expect(page.getByTestId('toggle-only')).toHaveAttribute('aria-pressed', 'true');
    await expect(only).toHaveCSS('background-color', 'rgb(231, 229, 228)');
    const label = await only.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain('only here');
  });

  test('a card opens by keyboard with the category, explanation and the other article’s choice', async ({
    page,
  }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const kiev = cmp
      .marks('a', 'naming')
      .filter({ hasText: /^Kiev$/ })
      .first();
    await kiev.focus();
    await expect(cmp.card).toBeVisible();
    await expect(cmp.card).toContainText('Naming choice');
    await expect(cmp.card).toContainText('B writes ‘Kyiv’');
    await expect(kiev).toHaveAttribute('aria-describedby', 'term-card');
    await page.keyboard.press('Escape');
    await expect(cmp.card).toBeHidden();
    // Tab moves on to the next highlight and opens its card.
    await kiev.focus();
    await page.keyboard.press('Tab');
    await expect(cmp.card).toBeVisible();
  });

  test('a panel item scrolls to its place in the text and flashes it', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const link = page.getByTestId('panel-naming').getByRole('link', { name: '‘Kyiv’' }).first();
    const target = (await link.getAttribute('href'))?.slice(1) ?? '';
    await link.click();
    const mark = page.locator(`[id="${target}"]`);
    await expect(mark).toHaveClass(/flash/);
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();
  });

  test('every chart draws an SVG and has a data table', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const charts = cmp.charts();
    await expect(charts).toHaveCount(5);
    // The example pair has no distinctive words: that chart says so in words and draws no empty axes.
    const distinctive = page.getByTestId('chart-distinctive');
    await expect(distinctive).toHaveAttribute('data-empty', 'true');
    await expect(distinctive).toContainText('No word is used distinctively more by one article');
    await expect(distinctive.locator('svg')).toHaveCount(0);
    await expect(distinctive.locator('details')).toHaveCount(0);
    for (const chart of await page.locator('figure[data-testid^="chart-"]:not([data-empty])').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
      await expect(chart.locator('details table')).toHaveCount(1);
      const name = await chart.getAttribute('aria-labelledby');
      await expect(page.locator(`[id="${name}"]`)).not.toBeEmpty();
    }
    // Bars are drawn where the rows have values.
    await expect(
      page.getByTestId('chart-loaded-categories').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
  });

  test('moving a speaker to another camp changes the voice chart, and the link keeps the choice', async ({
    page,
  }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const before = await cmp.voiceTable();
    const select = page.getByTestId('speaker-camp').first();
    await cmp.voiceChart.scrollIntoViewIfNeeded();
    await page.getByText(/Disagree with a camp\?/).click();
    const speaker = (await select.getAttribute('data-speaker')) ?? '';
    const current = await select.inputValue();
    const options = await select.locator('option').allTextContents();
    const other = options.find((o) => o !== current);
    expect(other, 'a second camp to move the speaker to').toBeTruthy();
    await select.selectOption(other as string);
    await expect.poll(() => cmp.voiceTable()).not.toEqual(before);
    const after = await cmp.voiceTable();
    await expect(page).toHaveURL(
      new RegExp(`[?&]camp=${encodeURIComponent(`${speaker}:`).replace(/%20/g, '(%20|\\+)')}`),
    );

    // A shared link opens with the same view.
    await cmp.open('example', new URL(page.url()).search);
    await expect.poll(() => cmp.voiceTable()).toEqual(after);
    await page.getByText(/Disagree with a camp\?/).click();
    await expect(cmp.speakerSelect(speaker)).toHaveValue(other as string);
  });

  test('a speaker can be moved to a camp of the reader’s own naming', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    await cmp.voiceChart.scrollIntoViewIfNeeded();
    await page.getByText(/Disagree with a camp\?/).click();
    const select = page.getByTestId('speaker-camp').first();
    const speaker = (await select.getAttribute('data-speaker')) ?? '';
    await select.selectOption({ label: 'New camp…' });
    const box = page.getByTestId('new-camp');
    await box.getByRole('button', { name: 'Move' }).click();
    await expect(box.getByRole('alert')).toHaveText('Type a name for the new camp.');
    await box.getByLabel(`New camp for ${speaker}`).fill('  Independent   analysts ');
    await box.getByLabel(`New camp for ${speaker}`).press('Enter');
    await expect(box).toHaveCount(0);
    await expect
      .poll(async () => (await cmp.voiceTable()).map((r) => r[0]))
      .toContain('Independent analysts');
    await expect(cmp.speakerSelect(speaker)).toHaveValue('Independent analysts');
    await expect(page).toHaveURL(/[?&]camp=[^&]*Independent(%20|\+)analysts/);
  });

  test('the model version is shown and exports link to the API', async ({ page, request }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    await expect(page.getByText(/Model \d+\.\d+\.\d+\+/)).toBeVisible();
    const json = await request.get(
      (await page.getByRole('link', { name: 'Export JSON' }).getAttribute('href')) ?? '',
    );
    expect(json.status()).toBe(200);
    expect((await json.json()).comparison.articles).toHaveLength(2);
    const csv = await request.get(
      (await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')) ?? '',
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
  });

  test('re-analysing saves the stored input as a new permalink', async ({ page }) => {
    const cmp = new ComparisonPage(page);
    await cmp.open();
    await page.getByRole('button', { name: /^Re-analyse/ }).click();
    await page.waitForURL(/\/c\/(?!example)[A-Za-z0-9_-]{16,}$/, { timeout: 30_000 });
    await expect(cmp.paneA).toContainText('controversial ammo will help Kiev', { timeout: 30_000 });
    await expect(cmp.marks('a', 'naming').first()).toBeVisible();
  });

  test('a card opens on hover, and on tap closes again when tapping elsewhere', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cmp = new ComparisonPage(page);
    await cmp.open();
    const source = cmp.marks('a', 'source').first();
    await source.scrollIntoViewIfNeeded();
    await source.tap();
    await expect(cmp.card).toBeVisible();
    await expect(cmp.card).toContainText('Cited source');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(cmp.card).toBeHidden();
    await context.close();

    const desk = new ComparisonPage(await browser.newPage());
    await desk.open();
    const loaded = desk.marks('a', 'loaded').first();
    await loaded.hover();
    await expect(desk.card).toBeVisible();
    await expect(desk.card).toContainText('Loaded term');
    await expect(desk.card).toContainText('Other article');
  });
});
