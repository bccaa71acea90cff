import { expect, test } from '@playwright/test';
import { NewComparisonForm } from './pages/new-comparison-form';

// Two shared cores and a cold server make single pages slow; give each test room.
test.describe.configure({ timeout: 90_000 });

test.describe('the new-comparison form', () => {
  test('an empty article gets an error next to its field, and the other article’s text is kept', async ({
    page,
  }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.text('a').fill('Officials said the talks would resume on Monday in Geneva.');
    await form.field('a', 'Outlet').fill('Test Gazette');
    await form.submit.click();
    const error = form.error('b');
    await expect(error).toHaveText('The text is empty.');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(form.text('b')).toHaveAttribute('aria-describedby', /field-b-text-error/);
    await expect(form.text('b')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.text('b')).toBeFocused();
    await expect(form.error('a')).toHaveCount(0);
    await expect(form.text('a')).toHaveValue('Officials said the talks would resume on Monday in Geneva.');
    await expect(form.field('a', 'Outlet')).toHaveValue('Test Gazette');
  });

  test('what was typed survives a reload', async ({ page }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.text('b').fill('A second article, typed before the reload.');
    await form.field('b', 'Title').fill('Kept title');
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(form.text('b')).toHaveValue('A second article, typed before the reload.');
    await expect(form.field('b', 'Title')).toHaveValue('Kept title');
  });

  test('shows the live character count and refuses an article over the limit', async ({ page }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.text('a').fill('word ');
    await expect(page.locator('#field-a-text-count')).toHaveText('5 / 100,000 characters');
    await form.text('a').fill('x'.repeat(100_001));
    await expect(page.locator('#field-a-text-count')).toContainText('1 too many');
    await form.text('b').fill('Short text.');
    await form.submit.click();
    await expect(form.error('a')).toContainText('the limit is 100,000');
  });

  test('a metadata error is shown next to the field it names, with nothing else lost', async ({ page }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.useExample.click();
    // The form applies the server's own schema, so the message is the one the API would give.
    await form.field('b', 'Outlet').fill('o'.repeat(201));
    await form.submit.click();
    const error = page.locator('#field-b-outlet-error');
    await expect(error).toContainText('longer than 200 characters');
    await expect(form.text('a')).not.toHaveValue('');
  });

  test('“Use the example” then Compare saves a permalink that shows the comparison', async ({ page }) => {
    const form = new NewComparisonForm(page);
    await form.open();
    await form.useExample.click();
    await expect(form.text('a')).toHaveValue(/controversial ammo/);
    await expect(form.text('b')).toHaveValue(/Kyiv/);
    await form.submit.click();
    await page.waitForURL(/\/c\/(?!example)[A-Za-z0-9_-]{16,}$/, { timeout: 30_000 });
    await expect(page.getByTestId('pane-a')).toContainText('controversial ammo will help Kiev', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('pane-b').locator('mark[data-category="naming"]').first()).toBeVisible();
  });
});
