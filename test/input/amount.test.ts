import { isMoney, parseAmount } from '../../src/input/amount';

const value = (text: string) => {
  const r = parseAmount(text);
  return r.ok ? r.value : `error: ${r.reason.en}`;
};

describe('parseAmount: what people type', () => {
  it.each([
    ['12000', '12000'],
    ['12,000', '12000'],
    ['12，000', '12000'],
    ['１２０００', '12000'],
    ['１２，０００．５０', '12000.5'],
    ['12000元', '12000'],
    ['¥12,000', '12000'],
    ['￥ 1 200', '1200'],
    [' 12 000.5 ', '12000.5'],
    ['1,234,567.89', '1234567.89'],
    ['0', '0'],
    ['007', '7'],
    ['.5', '0.5'],
    ['12.', '12'],
    ['12.00', '12'],
    ['0.10', '0.1'],
  ])('%j → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('empty or blank text is no value, not an error', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('   ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'enter an amount'],
    ['12a', 'enter an amount'],
    ['1.2.3', 'enter an amount'],
    ['元', 'enter an amount'],
    ['-5', 'negative'],
    ['－５', 'negative'],
    ['12.345', 'two decimals'],
    ['12,00', 'separators'],
    ['1,2000', 'separators'],
    ['1000000000000', 'too large'],
    ['1,000,000,000,000.00', 'too large'],
    ['<script>', 'enter an amount'],
  ])('%j is refused with a reason (%s)', (text, fragment) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toContain(fragment);
      expect(r.reason.zh.length).toBeGreaterThan(0);
    }
  });

  it('every accepted value is an engine money string', () => {
    for (const t of ['12,000', '１２０００', '0.5', '9999999999.99', '¥3']) {
      const r = parseAmount(t);
      expect(r.ok && r.value).toMatch(/^(0|[1-9]\d*)(\.\d{1,2})?$/);
    }
  });
});

describe('the bound on amounts', () => {
  it('takes every amount below 10¹² yuan, to the fen, and nothing from 10¹² up', () => {
    expect(value('999999999999.99')).toBe('999999999999.99');
    expect(value('999,999,999,999.99')).toBe('999999999999.99');
    expect(isMoney('999999999999.99')).toBe(true);
    expect(isMoney('1000000000000')).toBe(false);
    expect(value('12345678901')).toBe('12345678901');
  });
});
