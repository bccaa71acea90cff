import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 60_000 });

test('home explains Framelens and links to the example, which shows both texts', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('frame');
  await expect(page.getByRole('heading', { name: 'Compare two articles' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the example comparison' }).click();
  await expect(page).toHaveURL(/\/c\/example$/);
  // The first request in a fresh server analyses the example; the loading state shows meanwhile.
  await expect(page.getByTestId('pane-a')).toContainText('controversial ammo will help Kiev', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('pane-b')).toContainText('to be sent to Kyiv');
});

test('an unknown comparison id answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/c/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Open the example' })).toBeVisible();
});
