// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { settleBill, startState } from '../../src/engine';
import { loadTablesFrom } from '../../src/tables/node';
import App from '../../src/ui/App.svelte';
import { money } from '../../src/ui/format';
import { createPage } from '../../src/ui/page.svelte';

const tables = loadTablesFrom(resolve(import.meta.dirname, '../../tiers'));
const slip = (key: string) => document.getElementById(`slip-${key}`)?.textContent?.trim();

describe('the form', () => {
  it('typing "12,000元" as the total shows the engine’s numbers for the default person', async () => {
    const user = userEvent.setup();
    render(App, { props: createPage() });
    await user.type(screen.getByLabelText('医疗费总额'), '12,000元');
    await screen.findByRole('row', { name: /^统筹基金/ }, { timeout: 5000 });
    const date = (screen.getByLabelText('费用日期') as HTMLInputElement).value;
    const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
    const expected = settleBill(tables, person, { date, setting: 'inpatient', level: 'tertiary', total: '12000' }, startState(person)).result;
    expect(slip('basic')).toBe(money(expected.basic));
    expect(slip('outOfPocket')).toBe(money(expected.outOfPocket));
    // DOMAIN.md's worked case: active employee, tertiary, first admission, 12,000 → basic 9,095.00.
    expect(slip('basic')).toBe('9,095.00');
    expect(within(screen.getByRole('row', { name: /^个人负担/ })).getByRole('cell').textContent).toBe('2,905.00');
  });
});
