/**
 * A table's problems in plain words, for the page (the rules editor, an imported file). The
 * `message` beside each is for a file's author and stays technical; these say the same to a person.
 */
import { fillMsg, msg, type Msg } from '../text/msg';
import { SETTING_TERMS, TERMS } from '../text/terms';

const { band } = TERMS;
const inpatient = SETTING_TERMS.inpatient.short;

/** The messages the schema gives a value of the wrong shape, so a problem can be said plainly by what it is. */
export const SHAPE_MESSAGES = {
  money: 'an amount in yuan below 10¹², at most two decimals, e.g. "1300"',
  rate: 'a fraction from 0 to 1, e.g. "0.85"',
  points: 'signed points as a fraction from -1 to 1, e.g. "0.05" or "-0.10"',
} as const;

/** JSON kinds as zod names them, in Chinese. */
const KINDS_ZH: Readonly<Record<string, string>> = {
  object: '对象 {…}',
  array: '列表 […]',
  string: '带引号的文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
};

export const problemWords = {
  lastOpen: msg('只有最后一段不设上限', 'only the last band has no upper limit'),
  notRising: msg(`${band.short.zh}上限必须递增`, 'band limits must rise'),
  emptyRange: msg('下限必须小于上限', 'the lower bound must be below the upper one'),
  admissionTwice: msg(`${inpatient.zh}次序只能用一种方式写`, 'give the admission order one way only'),
  bothAdjustments: msg(
    `比例调整只能用一种方式：加减百分点，或按${TERMS.outOfPocket.short.zh}系数`,
    'adjust ratios one way only: points, or the share factor',
  ),
  payerTwice: msg('同一支付方只能有一层', 'one layer per payer'),
  duplicateSources: msg('来源编号不能重复', 'source ids must be unique'),
  noSource: (id: string): Msg => fillMsg(msg('没有编号为“{id}”的来源', 'no source with id "{id}"'), { id }),
  unreadSource: (id: string): Msg =>
    fillMsg(
      msg(
        '来源“{id}”标为官方原文，却没有说在哪里能读到：请填写网址或文号',
        'source "{id}" is graded official text but says nowhere it can be read: give its URL or document number',
      ),
      { id },
    ),
  notOfScheme: (category: string): Msg =>
    fillMsg(msg('{category} 不属于这个险种的人员类别', '{category} is not a category of this scheme'), { category }),
  idMismatch: (id: string): Msg => fillMsg(msg('编号应为 {id}', 'the id must be {id}'), { id }),
  confirmedBeforeEffective: (date: string): Msg =>
    fillMsg(msg('不能早于生效日期 {date}', "cannot be before the table's effective date {date}"), { date }),
  // What zod reports, said plainly.
  rate: msg('比例应在 0% 到 100% 之间', 'a ratio is between 0% and 100%'),
  points: msg('百分点应在 -100 到 100 之间', 'points are between -100 and 100'),
  money: msg('金额应为不小于 0 的数，最多两位小数', 'an amount is a number from 0, with at most two decimals'),
  unknownKey: msg('不认识的键（请检查拼写）', 'not a known key (check its spelling)'),
  oneOf: (values: string): Msg => fillMsg(msg('应为以下之一：{values}', 'must be one of: {values}'), { values }),
  missing: msg('缺少这一项', 'this is missing'),
  kind: (kinds: string): Msg =>
    fillMsg(msg('类型不对：应为{kinds}', 'wrong kind: expected {kinds}'), {
      kinds: msg(
        kinds
          .split(' or ')
          .map((k) => KINDS_ZH[k] ?? k)
          .join('或'),
        kinds,
      ),
    }),
} as const;
