/**
 * What every page says of a person's own rules (自定义规则): results built on them, the region
 * choice, a link's rules. Chinese first, composed from the catalogue of terms (src/text/terms.ts).
 * The words of 我的规则 itself are in ./page-words.ts, loaded with that page only.
 */
import { fillMsg, msg, type Msg } from '../text/msg';
import { TERMS } from '../text/terms';

const { table } = TERMS;

const n = (m: Msg, values: Record<string, string | Msg>) => fillMsg(m, values);

export const R = {
  enteredClause: msg('由你填写', 'entered by you'),
  enteredTitle: msg('你填写的规则', 'Rules you entered'),
  notFilled: msg('尚未填写', 'not filled in yet'),
  setsUnreadable: (count: number): Msg =>
    n(msg('有 {count} 套自定义规则无法读取', '{count} rule set(s) could not be read'), { count: String(count) }),

  tab: msg('我的规则', 'My rules'),
  notUsableYet: msg(
    '这套自定义规则还没有填完整，暂时无法计算：请到“我的规则”里补上标出的地方。',
    'These rules are not complete yet and cannot settle: fill in what is marked under “My rules”.',
  ),

  mineGroup: msg('我的规则（未经核实）', 'My rules (not verified)'),
  linkedOption: msg('链接带来的规则（未经核实）', 'Rules from the link (not verified)'),
  enterOther: msg('＋ 填写其他城市的规则…', '+ Enter another city’s rules…'),

  linkedNotice: msg(
    '这个链接带来了别人填写的规则，结果按这些规则计算，未经核实。',
    'This link brought rules someone entered; the results use them and are not verified.',
  ),
  keepLinked: msg('保存到我的规则', 'Keep in my rules'),
  keptLinked: msg('已保存到“我的规则”。', 'Kept in “My rules”.'),
  linkedName: (region: string): Msg => n(msg('{region}（来自链接）', '{region} (from a link)'), { region }),
  linkRulesBroken: msg(
    '链接中的自定义规则已损坏（可能被截断或改动），没有使用；链接的其余部分照常打开。',
    'The rules in this link are damaged (cut short or altered) and were not used; the rest of the link opened as usual.',
  ),
  linkRulesNewer: msg(
    '链接中的自定义规则来自更新的版本，这里无法读取；请刷新页面后再试。',
    'The rules in this link come from a newer version and cannot be read here; reload the page and try again.',
  ),
  linkRulesCannotOpen: msg(
    '这个浏览器无法解开链接中的自定义规则，请换用较新的浏览器打开。',
    'This browser cannot unpack the rules in the link; open it in a newer browser.',
  ),
  linkRulesInvalid: msg(
    `链接中的自定义规则不是有效的${table.short.zh}，没有使用；链接的其余部分照常打开。`,
    'The rules in this link are not a valid table and were not used; the rest of the link opened as usual.',
  ),
  linkedMissing: msg(
    '这个链接使用的自定义规则不在这台设备上，已改用内置规则。',
    'The rules this link used are not on this device; the built-in rules are used instead.',
  ),
} as const;
