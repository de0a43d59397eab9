/**
 * Valid form states for the share-link tests, and a check that a decoded form is one the page
 * can use. Money strings are built from whole numbers of fen, never floats.
 */
import fc from 'fast-check';
import { defaultForm, type FormState } from '../../src/bill/doc';
import { isAge } from '../../src/input/age';
import { isMoney } from '../../src/input/amount';
import { isIsoDate } from '../../src/input/date';
import { isRegion } from '../../src/input/region';
import { EMPLOYEE_CATEGORIES, LEVELS, OFFSITE, RESIDENT_CATEGORIES, SETTINGS } from '../../src/text/vocabulary';

/** A real date from 1900 to 2199, ISO. */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A canonical money string below 10¹² yuan: "0", "12", "12.5", "12.50". */
const money = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999_999_999_999 })),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([yuan, fen, style]) =>
    style === 0
      ? `${yuan}`
      : style === 1
        ? `${yuan}.${Math.floor(fen / 10)}`
        : `${yuan}.${String(fen).padStart(2, '0')}`,
  );

const amountOrEmpty = fc.oneof(fc.constant(''), money);

export const validForm: fc.Arbitrary<FormState> = fc
  .record({
    region: fc.stringMatching(/^\d{6}$/),
    employee: fc.boolean(),
    employeeCategory: fc.constantFrom(...EMPLOYEE_CATEGORIES),
    residentCategory: fc.constantFrom(...RESIDENT_CATEGORIES),
    age: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 150 }).map(String)),
    hardship: fc.boolean(),
    setting: fc.constantFrom(...SETTINGS),
    level: fc.constantFrom(...LEVELS),
    admission: fc.oneof(fc.constantFrom('1', '2'), fc.integer({ min: 1, max: 999 }).map(String)),
    offsite: fc.constantFrom(...OFFSITE),
    referral: fc.boolean(),
    emergency: fc.boolean(),
    date: isoDate,
    total: amountOrEmpty,
    outOfCatalog: amountOrEmpty,
    overLimit: amountOrEmpty,
    classB: amountOrEmpty,
    settledBasic: amountOrEmpty,
    accountOwn: amountOrEmpty,
    family: fc.array(money, { maxLength: 4 }),
    pinned: fc.oneof(fc.constant(''), isoDate),
  })
  .map(({ employee, employeeCategory, residentCategory, ...rest }) => ({
    ...rest,
    scheme: employee ? ('employee' as const) : ('resident' as const),
    category: employee ? employeeCategory : residentCategory,
  }));

/** The page's own defaults, but with values unlike the link's pinned defaults, to tell them apart. */
export const oddFallback = (): FormState => ({
  ...defaultForm('2025-06-01'),
  level: 'secondary',
  setting: 'outpatient',
  total: '777',
});

/** Every field holds a value the page and the engine accept. */
export function assertUsable(form: FormState): void {
  const amountOk = (s: string) => s === '' || isMoney(s);
  const problems = [
    !isRegion(form.region) && 'region',
    !['employee', 'resident'].includes(form.scheme) && 'scheme',
    !(
      form.scheme === 'employee'
        ? (EMPLOYEE_CATEGORIES as readonly string[])
        : (RESIDENT_CATEGORIES as readonly string[])
    ).includes(form.category) && 'category',
    !(form.age === '' || isAge(form.age)) && 'age',
    typeof form.hardship !== 'boolean' && 'hardship',
    !(SETTINGS as readonly string[]).includes(form.setting) && 'setting',
    !(LEVELS as readonly string[]).includes(form.level) && 'level',
    !/^([1-9]\d{0,2})$/.test(form.admission) && 'admission',
    !(OFFSITE as readonly string[]).includes(form.offsite) && 'offsite',
    typeof form.referral !== 'boolean' && 'referral',
    typeof form.emergency !== 'boolean' && 'emergency',
    !isIsoDate(form.date) && 'date',
    !(form.pinned === '' || isIsoDate(form.pinned)) && 'pinned',
    ...(['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const).map((f) => !amountOk(form[f]) && f),
  ].filter(Boolean);
  expect(problems, JSON.stringify(form)).toEqual([]);
  expect(Object.keys(form).sort()).toEqual(Object.keys(defaultForm('2025-01-01')).sort());
}
