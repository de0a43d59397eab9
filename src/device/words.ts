/** What the page says about this device's storage, Chinese first. */
import { formatDate } from '../text/dates';
import type { Msg } from '../text/msg';
import type { AsideReason } from './aside';

export const deviceMessages = {
  unavailable: (): Msg => ({
    zh: '此浏览器不允许在本机保存数据（例如隐私模式）：页面照常可用，但关闭后录入的内容不会保留。可用分享链接或下载表格保存。',
    en: 'This browser does not let the page keep anything on this device (private mode, for example): the page works, but what you enter is gone once it is closed. Keep it with a share link or the table download.',
  }),
  full: (): Msg => ({
    zh: '本机存储空间已满，最近的修改没有保存。页面照常可用；请下载表格（CSV）或分享链接保存，或删除下面另存的旧数据。',
    en: 'Storage on this device is full, so the latest changes were not kept. The page still works; keep them with the table download (CSV) or a share link, or delete old data kept aside below.',
  }),
  asideHeading: (): Msg => ({ zh: '另存的数据', en: 'Data kept aside' }),
  asideIntro: (): Msg => ({
    zh: '以下数据没有被覆盖，原样另存在本机：可恢复或下载。',
    en: 'This data was not overwritten: it is kept on this device as it was, to restore or download.',
  }),
  reason: (reason: AsideReason, of: Msg, savedAt: string): Msg => {
    const when = (lang: 'zh' | 'en') => (savedAt ? formatDate(savedAt.slice(0, 10), lang) : '');
    const why: Record<AsideReason, Msg> = {
      unreadable: { zh: '无法读取', en: 'could not be read' },
      newer: {
        zh: '由更新版本的计算器保存，此版本无法读取',
        en: 'was saved by a newer version of the calculator and cannot be read here',
      },
      partial: {
        zh: '部分内容无法读取（可用部分已恢复）',
        en: 'could be read only in part (the usable parts were restored)',
      },
      replaced: { zh: '被打开的链接替换', en: 'was replaced by a link you opened' },
    };
    return {
      zh: `${when('zh')} ${of.zh}${why[reason].zh}`.trim(),
      en: `${of.en} ${why[reason].en}${savedAt ? ` (${when('en')})` : ''}`,
    };
  },
  restore: (): Msg => ({ zh: '恢复', en: 'Restore' }),
  download: (): Msg => ({ zh: '下载', en: 'Download' }),
  remove: (): Msg => ({ zh: '删除', en: 'Delete' }),
  restored: (): Msg => ({
    zh: '已恢复；替换下来的内容也已另存。',
    en: 'Restored; what it replaced is kept aside too.',
  }),
};

export const deviceWords = { ok: { zh: '知道了', en: 'OK' } satisfies Msg };
