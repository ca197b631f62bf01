/**
 * 中文：cadence 规则的周期（`every`）说成话：“每季度”“每月15日起”“每两周的周一起”。RRULE 写法按
 * {@link readCadenceRule} 读出的形状措辞；读不出的规则只说“按自定义规则重复”，不照抄规则原文（QA26-40）。
 */
import { isWorkWeek, readCadenceRule, type CadenceRule } from '../internal/cadence-rule.js';

const NAMED: Readonly<Record<string, string>> = { year: '每年', quarter: '每季度', month: '每月', week: '每周' };
const DAYS = ['一', '二', '三', '四', '五', '六', '日'];
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * 周期的中文说法。
 * @param every - 规则的 `every`：命名周期（`quarter`）或 RRULE
 * @returns 如 `每月15日起`
 * @example cadenceEvery('FREQ=MONTHLY;BYDAY=-1FR') //=> '每月最后一个周五起'
 */
export function cadenceEvery(every: string): string {
  const named = NAMED[every];
  if (named !== undefined) return named;
  const rule = readCadenceRule(every);
  return rule === null ? '按自定义规则重复' : words(rule);
}

function words(rule: CadenceRule): string {
  const { unit, interval, months, anchor } = rule;
  const unitText = { day: '天', week: '周', month: '个月', year: '年' }[unit];
  // 每月、每年、每周：间隔为 1 时不写“1个”；“每2个月”。
  const base = interval === 1 ? (unit === 'month' ? '每月' : `每${unitText}`) : `每${count(interval)}${unitText}`;
  const inMonths = months.length > 0 ? months.map((m) => `${m}月`).join('、') : '';
  // 间隔大于 1 或列出月份时加“的”：“每2周的周一起”“每年3月、9月的15日起”。
  const joiner = interval > 1 || months.length > 1 ? '的' : '';
  switch (anchor.kind) {
    case 'none':
      return months.length > 0 ? `${base}${inMonths}` : base;
    case 'weekdays':
      if (unit === 'week' && isWorkWeek(anchor.days) && interval === 1) return '每个工作日（周一至周五）';
      // “每周一、周四起”：间隔为 1 的每周规则，“每周”与“周一”合写。
      if (unit === 'week') return interval === 1 ? `每${weekdays(anchor.days)}起` : `${base}的${weekdays(anchor.days)}起`;
      return `${base}${inMonths}的每个${weekdays(anchor.days)}起`;
    case 'month-days':
      return `${base}${inMonths}${joiner}${anchor.days.map(monthDay).join('、')}起`;
    case 'nth-weekdays':
      return `${base}${inMonths}${joiner}${anchor.items.map(({ n, day }) => `${nth(n)}周${DAYS[day]}`).join('、')}起`;
    case 'nth-workday':
      return `${base}${inMonths}${joiner}${nth(anchor.n)}工作日（周一至周五）起`;
    default: {
      const never: never = anchor;
      return String(never);
    }
  }
}

/** 两周、十二个月之外用阿拉伯数字。 */
function count(n: number): string {
  return n === 2 ? '两' : n <= 10 ? NUMERALS[n]! : String(n);
}

function weekdays(days: readonly number[]): string {
  return days.map((d) => `周${DAYS[d]}`).join('、');
}

/** `15` → `15日`，`-1` → `最后一天`，`-2` → `倒数第2天`。 */
function monthDay(day: number): string {
  return day > 0 ? `${day}日` : day === -1 ? '最后一天' : `倒数第${-day}天`;
}

/** `1` → `第一个`，`-1` → `最后一个`，`-2` → `倒数第二个`。 */
function nth(n: number): string {
  const k = Math.abs(n);
  const numeral = k <= 10 ? NUMERALS[k]! : String(k);
  return n > 0 ? `第${numeral}个` : n === -1 ? '最后一个' : `倒数第${numeral}个`;
}
