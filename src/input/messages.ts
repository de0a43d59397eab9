/** Why something typed cannot be used, in both languages: said next to the field. */
import { msg, type Msg } from '../text/msg';

export const inputMessages = {
  required: msg('必填', 'required'),
  notAmount: msg('请输入金额，如 12000 或 12,000.50', 'enter an amount, e.g. 12000 or 12,000.50'),
  negative: msg('金额不能为负数', 'the amount cannot be negative'),
  decimals: msg('最多两位小数（精确到分）', 'at most two decimals (to the fen)'),
  grouping: msg('千位分隔符位置不对，如 12,000', 'thousands separators are misplaced; e.g. 12,000'),
  notMoneyString: msg(
    '应为不小于 0、小于 1 万亿元的金额，最多两位小数，如 "12000.50"',
    'must be an amount from 0 to below 10¹² yuan with at most two decimals, e.g. "12000.50"',
  ),
  tooLarge: msg('金额过大：应小于 1 万亿元', 'the amount is too large: it must be below 10¹² yuan'),
  notAge: msg('年龄应为 0 到 150 之间的整数', 'age must be a whole number from 0 to 150'),
  notCount: msg('应为 0 到 999 之间的整数', 'must be a whole number from 0 to 999'),
  notRegion: msg('应为六位地区代码，如 110000', 'must be a six-digit region code, e.g. 110000'),
  notDate: msg('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'),
  notPercent: msg('比例应在 0% 到 100% 之间，如 85% 或 0.85', 'a ratio must be from 0% to 100%, e.g. 85% or 0.85'),
  notPoints: msg(
    '应为正负百分点，如 5 或 -10（即 +5% 或 -10%）',
    'must be percentage points, e.g. 5 or -10 (that is +5% or -10%)',
  ),
} satisfies Record<string, Msg>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Msg };
