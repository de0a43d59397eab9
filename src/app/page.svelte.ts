/**
 * The app's state objects, built in one place: this device's storage, the reader's preferences,
 * which page shows, the one table library both pages use, the single bill kept in the address bar
 * and the calculator working on it. A link opens the page it was made for; the plain address opens
 * the page last used on this device.
 */
import { BillAddress } from '../bill/address.svelte';
import { Calculator } from '../bill/calculator.svelte';
import { defaultForm } from '../bill/doc';
import { DeviceStorage, browserStore, type KeyValueStore } from '../device/storage.svelte';
import { today as clockToday } from '../device/today';
import { browserAddress, type AddressDeps } from '../link/address';
import type { Loaders } from '../tables/browser';
import { TableLibrary } from '../tables/library.svelte';
import { LINKED, RuleBook } from '../rules/book.svelte';
import { linkKind } from './link-kind';
import { ModeState } from './mode.svelte';
import { Prefs } from './prefs.svelte';

export interface AppState {
  device: DeviceStorage;
  prefs: Prefs;
  mode: ModeState;
  library: TableLibrary;
  rules: RuleBook;
  address: BillAddress;
  calc: Calculator;
}

export interface AppOptions {
  loaders?: Loaders;
  address?: AddressDeps;
  /** `null`: no storage at all (as where the browser refuses it). */
  store?: KeyValueStore | null;
  today?: string;
}

export function createApp(opts: AppOptions = {}): AppState {
  const device = new DeviceStorage(opts.store === null ? undefined : (opts.store ?? browserStore()));
  const deps = opts.address ?? browserAddress();
  const kind = linkKind(deps.location);
  // A year link is the year page's to read: the single bill starts from its defaults instead of
  // reporting the year's keys as parts it could not use.
  const address = new BillAddress(defaultForm(opts.today ?? clockToday()), kind === 'year' ? withoutState(deps) : deps);
  const library = new TableLibrary(opts.loaders);
  const rules = new RuleBook(device);
  rules.watch();
  const calc = new Calculator(library, address.form, rules);
  if (kind === 'one') openBillRules(calc, address, rules);
  keepRulesInLink(calc, address);
  return { device, prefs: new Prefs(device), mode: new ModeState(device, kind), library, rules, address, calc };
}

/**
 * A single-bill link with a person's rules: the bill waits for them (rather than settling with the
 * built-in tables meanwhile), then uses the kept set they match, or the link's rules shown as
 * unverified; a rules part that cannot be used is said, and the rest of the link stays.
 * The rules' code (src/rules/linked.ts, link.ts) is fetched only for a link with parts after its
 * checksum, and the bill waits from the start, before knowing whether they are rules.
 */
function openBillRules(calc: Calculator, address: BillAddress, rules: RuleBook): void {
  const tail = address.tail;
  if (!tail || (tail.values.size === 0 && tail.notices.length === 0)) return;
  calc.custom = LINKED;
  rules.linkedPending = true;
  const opening = import('../rules/linked')
    .then(({ hasRulesPart, openRules }) => (hasRulesPart(tail) ? openRules(tail, rules) : ({ kind: 'none' } as const)))
    // Its code could not be fetched (offline on a first visit): the bill goes on with the built-in tables.
    .catch(() => ({ kind: 'none' }) as const);
  void opening.then((opened) => {
    rules.linkedPending = false;
    if (opened.kind === 'kept') calc.custom = opened.id;
    else if (opened.kind !== 'linked') {
      calc.custom = null;
      if (opened.kind === 'refused') address.ignored = [...address.ignored, { key: 'r', reason: opened.reason }];
    }
  });
}

/**
 * The rules in use travel in the share link, after its checksum (src/rules/link.ts, fetched only
 * once a person's rules are in use).
 */
function keepRulesInLink(calc: Calculator, address: BillAddress): void {
  $effect.root(() => {
    $effect(() => {
      const table = calc.customTable;
      const tail = table ? import('../rules/linked').then((m) => m.rulesTail(table)) : Promise.resolve([]);
      address.extraReady = tail.then((tail) => {
        if (calc.customTable === table) address.extra = tail;
      });
    });
  });
}

/** The same address-bar access, but reading no state. */
function withoutState(deps: AddressDeps): AddressDeps {
  const { location } = deps;
  return {
    ...deps,
    location: {
      get origin() {
        return location.origin;
      },
      get pathname() {
        return location.pathname;
      },
      search: '',
      hash: '',
    },
  };
}
