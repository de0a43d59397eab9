import { exactMoney, money, percent, roundText } from '../../src/text/format';

describe('display formatting of engine strings', () => {
  it('groups thousands of two-decimal money', () => {
    expect(money('12000.00')).toBe('12,000.00');
    expect(money('9095.00')).toBe('9,095.00');
    expect(money('0.00')).toBe('0.00');
    expect(money('1234567.5')).toBe('1,234,567.50');
    expect(money('999.99')).toBe('999.99');
  });

  it('rounds exact amounts half-up to the fen and marks hidden digits with ≈', () => {
    expect(exactMoney('26117')).toBe('26,117.00');
    expect(exactMoney('10818.1443298969072164948453608247422680412371134020618556704')).toBe('≈10,818.14');
    expect(exactMoney('66477.319587628865979381443298969072164948453608247422680412')).toBe('≈66,477.32');
    expect(exactMoney('0.005')).toBe('≈0.01');
    expect(exactMoney('99999.995')).toBe('≈100,000.00');
    expect(exactMoney('12.50')).toBe('12.50');
    expect(exactMoney('12.500')).toBe('12.50');
  });

  it('roundText carries through nines and keeps the sign', () => {
    expect(roundText('9.999', 2)).toEqual({ text: '10.00', approx: true });
    expect(roundText('-1.234', 2)).toEqual({ text: '-1.23', approx: true });
    expect(roundText('-0.001', 2)).toEqual({ text: '0.00', approx: true });
  });

  it('shows ratios as percents', () => {
    expect(percent('0.91')).toBe('91%');
    expect(percent('0.8')).toBe('80%');
    expect(percent('0.975')).toBe('97.5%');
    expect(percent('1')).toBe('100%');
    expect(percent('0.55')).toBe('55%');
    expect(percent('0.123456')).toBe('≈12.35%');
    expect(percent('0')).toBe('0%');
  });
});
