/** Renders the year page on its own with every table loaded from disk (no fetching in jsdom). */
import { render } from '@testing-library/svelte';
import YearPage from '../../src/year/YearPage.svelte';
import { defaultYear, type YearDoc } from '../../src/year/doc';
import { YearStore } from '../../src/year/year.svelte';

import { tables } from '../tiers';
export { tables };
export const TODAY = '2025-06-01';

export function renderYear(edit: (doc: YearDoc) => void = () => {}) {
  const doc = defaultYear(TODAY);
  edit(doc);
  const store = new YearStore(doc, TODAY, tables);
  const view = render(YearPage, {
    props: { store, lang: 'zh', regions: ['110000', '120000', '370000'], base: 'https://example.test/' },
  });
  return { store, ...view };
}

/** The summary's figure for a key (data-key cell), as shown. */
export const summaryCell = (key: string): string | undefined =>
  document.querySelector(`#year-summary-h ~ table td[data-key="${key}"]`)?.textContent?.trim();
