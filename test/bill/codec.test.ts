import fc from 'fast-check';
import { LINK_VERSION, MAX_LINK_LENGTH, decodeForm, encodeForm, formFragment } from '../../src/bill/codec';
import { defaultForm } from '../../src/bill/doc';
import { oddFallback, validForm } from './forms';

describe('encodeForm', () => {
  it('writes only the version, the table date and the bill date for the default form', () => {
    expect(encodeForm(defaultForm('2025-03-01'), '2010-05-01')).toBe(`v=${LINK_VERSION}&p=2010-05-01&d=2025-03-01`);
  });

  it('pins no table when none was used', () => {
    expect(encodeForm(defaultForm('2025-03-01'), '')).toBe('v=2&d=2025-03-01');
  });

  it('writes short codes for fields that differ from the pinned defaults', () => {
    const form = {
      ...defaultForm('2025-03-01'),
      scheme: 'resident' as const,
      category: 'elderly' as const,
      level: 'primary' as const,
      setting: 'outpatient' as const,
      hardship: true,
      age: '67',
      total: '12000.5',
    };
    expect(encodeForm(form, '2019-01-01')).toBe('v=2&p=2019-01-01&d=2025-03-01&s=r&c=e&t=o&l=1&a=67&h=1&tt=12000.5');
  });

  // Version 1 knew first (f) and later (l); a table that counts on (DOMAIN.md §3a) needs the 3rd and up.
  it('writes the admission order as version 1 did for the first two, and as its number from the third', () => {
    const at = (admission: string) => encodeForm({ ...defaultForm('2025-03-01'), admission }, '');
    expect([at('1'), at('2'), at('3'), at('12')]).toEqual([
      'v=2&d=2025-03-01',
      'v=2&d=2025-03-01&n=l',
      'v=2&d=2025-03-01&n=3',
      'v=2&d=2025-03-01&n=12',
    ]);
    const read = (n: string) => decodeForm(`v=1&n=${n}`, defaultForm('2025-03-01'), 'query').form.admission;
    expect([read('f'), read('l'), read('3'), read('12')]).toEqual(['1', '2', '3', '12']);
  });

  it('writes the amount the user meant, in ASCII, from what people type', () => {
    const form = {
      ...defaultForm('2025-03-01'),
      total: '１２,０００元',
      outOfCatalog: '￥ 1,300.5',
      classB: '0012',
      age: '４５岁',
    };
    expect(encodeForm(form, '')).toBe('v=2&d=2025-03-01&a=45&tt=12000&oc=1300.5&cb=12');
  });

  it('leaves out an amount that does not parse rather than writing it', () => {
    expect(encodeForm({ ...defaultForm('2025-03-01'), total: '12abc', overLimit: '-5', classB: '1.234' }, '')).toBe(
      'v=2&d=2025-03-01',
    );
  });

  it('holds only short ASCII keys and codes, and stays well under the length limit', () => {
    fc.assert(
      fc.property(validForm, isoDateOrEmpty(), (form, effective) => {
        const q = encodeForm(form, effective);
        expect(q).toMatch(/^[a-z]{1,2}=[0-9a-z.~-]+(&[a-z]{1,2}=[0-9a-z.~-]+)*$/);
        expect(q.length).toBeLessThan(MAX_LINK_LENGTH / 4);
      }),
      { numRuns: 300 },
    );
  });
});

function isoDateOrEmpty() {
  return fc.oneof(fc.constant(''), fc.constantFrom('2010-05-01', '2019-01-01', '2014-07-01'));
}

describe('decodeForm(encodeForm(f)) gives f back', () => {
  it('for every valid form, whatever the fallback', () => {
    fc.assert(
      fc.property(validForm, validForm, (form, fallback) => {
        const { form: back, ignored } = decodeForm(formFragment(form, form.pinned), fallback);
        expect(ignored).toEqual([]);
        expect(back).toEqual(form);
      }),
      { numRuns: 1000 },
    );
  });

  it('also with the leading # of the address', () => {
    const form = { ...defaultForm('2025-03-01'), total: '5000' };
    expect(decodeForm(`#${formFragment(form, '2010-05-01')}`, oddFallback()).form).toEqual({
      ...form,
      pinned: '2010-05-01',
    });
  });
});

describe('decodeForm', () => {
  it('reads a missing key as the pinned default, not the page default, so old links keep their meaning', () => {
    const { form, ignored } = decodeForm('v=1&d=2025-03-01&tt=5000', oddFallback(), 'query');
    expect(ignored).toEqual([]);
    expect(form.level).toBe('tertiary');
    expect(form.setting).toBe('inpatient');
    expect(form.total).toBe('5000');
    expect(form.date).toBe('2025-03-01');
  });

  it('puts the table date of the link into pinned', () => {
    expect(decodeForm('v=1&p=2010-05-01&d=2025-03-01', oddFallback(), 'query').form.pinned).toBe('2010-05-01');
    expect(decodeForm('v=1&d=2025-03-01', { ...oddFallback(), pinned: '2019-01-01' }, 'query').form.pinned).toBe('');
  });

  it('is the fallback itself for the plain address', () => {
    const fallback = oddFallback();
    for (const q of ['', '?', '&&', 'from=singlemessage&isappinstalled=0', 'utm_source=wechat'])
      expect(decodeForm(q, fallback, 'query')).toMatchObject({ form: fallback, ignored: [] });
    expect(decodeForm('', fallback, 'hash')).toMatchObject({ form: fallback, ignored: [] });
  });

  it('takes the date from the fallback when the link has none', () => {
    expect(decodeForm('v=1&tt=100', oddFallback(), 'query').form.date).toBe('2025-06-01');
  });

  it('accepts a repeated key with the same value, and drops one repeated with another', () => {
    expect(decodeForm('v=1&tt=100&tt=100', oddFallback(), 'query')).toMatchObject({
      form: { total: '100' },
      ignored: [],
    });
    const r = decodeForm('v=1&tt=100&tt=200&l=2', oddFallback(), 'query');
    expect(r.form).toMatchObject({ total: oddFallback().total, level: 'secondary' });
    expect(r.ignored.map((i) => i.key)).toEqual(['tt']);
  });
});
