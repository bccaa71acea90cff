import type { Locator, Page } from '@playwright/test';

/** The new-comparison form on the home page. */
export class NewComparisonForm {
  readonly form: Locator;
  readonly submit: Locator;
  readonly useExample: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('new-comparison');
    this.submit = this.form.getByRole('button', { name: 'Compare', exact: true });
    this.useExample = this.form.getByRole('button', { name: 'Use the example' });
  }

  async open() {
    await this.page.goto('/');
    // The form restores drafts after hydration; typing before that could be overwritten.
    await this.page.waitForFunction(() => document.querySelector('[data-testid="new-comparison"]') !== null);
    await this.page.waitForLoadState('networkidle');
  }

  text(side: 'a' | 'b'): Locator {
    return this.form.getByLabel(`Text of article ${side.toUpperCase()}`);
  }

  field(side: 'a' | 'b', label: 'Title' | 'Outlet' | 'Date' | 'Address'): Locator {
    return this.page.locator(`#field-${side}-${label === 'Address' ? 'url' : label.toLowerCase()}`);
  }

  error(side: 'a' | 'b'): Locator {
    return this.page.getByTestId(`error-${side}-text`);
  }
}
