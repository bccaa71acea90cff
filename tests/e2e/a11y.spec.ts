import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Two shared cores and a cold server make single pages slow; give each test room.
test.describe.configure({ timeout: 90_000 });

for (const path of ['/', '/c/example', '/methodology']) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    );
    expect(report, report.join('\n')).toEqual([]);
  });
}
