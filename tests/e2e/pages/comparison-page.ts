import type { Locator, Page } from '@playwright/test';

/** The permalink page as a reader meets it: two panes, the legend, the card, panels and charts. */
export class ComparisonPage {
  readonly paneA: Locator;
  readonly paneB: Locator;
  readonly card: Locator;
  readonly voiceChart: Locator;

  constructor(readonly page: Page) {
    this.paneA = page.getByTestId('pane-a');
    this.paneB = page.getByTestId('pane-b');
    this.card = page.getByTestId('term-card');
    this.voiceChart = page.getByTestId('chart-voice');
  }

  async open(id = 'example', query = '') {
    const response = await this.page.goto(`/c/${id}${query}`);
    // Charts and the card layer are client leaves: wait until React has hydrated them.
    await this.page.locator('figure[data-testid^="chart-"] svg.recharts-surface').first().waitFor();
    return response;
  }

  pane(side: 'a' | 'b'): Locator {
    return side === 'a' ? this.paneA : this.paneB;
  }

  marks(side: 'a' | 'b', category: string): Locator {
    return this.pane(side).locator(`mark[data-category="${category}"]`);
  }

  legendToggle(category: string): Locator {
    return this.page.getByTestId(`legend-${category}`);
  }

  charts(): Locator {
    return this.page.locator('figure[data-testid^="chart-"]');
  }

  /** The voice chart's numbers, read from its data table (the same rows the bars are drawn from). */
  async voiceTable(): Promise<string[][]> {
    return this.voiceChart
      .locator('table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
  }

  speakerSelect(name: string): Locator {
    return this.page.locator(`select[data-testid="speaker-camp"][data-speaker="${name}"]`);
  }
}
