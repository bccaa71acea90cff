import { expect, test } from '@playwright/test';

test('home explains Framelens and links to the example, which shows both texts', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('frame');
  await page.getByRole('link', { name: 'Open the example comparison' }).click();
  await expect(page).toHaveURL(/\/c\/example$/);
  await expect(page.getByTestId('pane-a')).toContainText('controversial ammo will help Kiev');
  await expect(page.getByTestId('pane-b')).toContainText('to be sent to Kyiv');
  const chart = page.getByTestId('chart-paragraph-length');
  await expect(chart.locator('svg.recharts-surface[role="application"]')).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('an unknown comparison id answers 404', async ({ page }) => {
  const response = await page.goto('/c/does-not-exist');
  expect(response?.status()).toBe(404);
});
