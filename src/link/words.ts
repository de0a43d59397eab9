/** What any link tells the person about the parts it could not use, Chinese first. */
import type { Msg } from '../text/msg';

export const linkMessages = {
  unknownKey: (key: string): Msg =>
    key
      ? { zh: `链接中有无法识别的参数“${key}”，已忽略`, en: `The link has an unknown part "${key}"; it was ignored.` }
      : { zh: '链接中有无法识别的参数，已忽略', en: 'The link has an unknown part; it was ignored.' },
  repeated: (key: string): Msg =>
    key
      ? {
          zh: `链接中的“${key}”出现多次且取值不同，已忽略`,
          en: `"${key}" appears more than once with different values; it was ignored.`,
        }
      : {
          zh: '链接中有参数出现多次且取值不同，已忽略',
          en: 'A part appears more than once with different values; it was ignored.',
        },
  tooLong: (length: number, max: number): Msg => ({
    zh: `链接过长（${length} 个字符，上限 ${max}），已全部忽略`,
    en: `The link is too long (${length} characters, at most ${max}); all of it was ignored.`,
  }),
  newerVersion: (version: string): Msg => ({
    zh: `链接来自更新版本的计算器（格式 ${version}），无法可靠读取，已全部忽略`,
    en: `The link was made by a newer version of the calculator (format ${version}) and cannot be read reliably; all of it was ignored.`,
  }),
  badVersion: (): Msg => ({
    zh: '链接的格式版本无效，已全部忽略',
    en: "The link's format version is not valid; all of it was ignored.",
  }),
  noVersion: (version: number): Msg => ({
    zh: `链接没有格式版本，按版本 ${version} 读取`,
    en: `The link has no format version; it was read as version ${version}.`,
  }),
  broken: (): Msg => ({
    zh: '链接不完整或被改动过（校验不符），无法可靠读取，已全部忽略；请让对方重新发送完整的链接',
    en: 'The link is incomplete or was altered (its check does not match), so it cannot be read reliably; all of it was ignored. Ask for the whole link again.',
  }),
  more: (count: number): Msg => ({ zh: `另有 ${count} 处被忽略`, en: `${count} more parts were ignored.` }),
  unreadable: (): Msg => ({
    zh: '链接无法读取，已全部忽略',
    en: 'The link could not be read; all of it was ignored.',
  }),
  moved: (): Msg => ({
    zh: '这是旧格式的链接：已读取，并把内容移到地址的“#”之后（不会发送给服务器）',
    en: 'This is an old-style link: it was read, and its contents moved after the "#" of the address (never sent to a server).',
  }),
};
