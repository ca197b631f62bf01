/**
 * The text of `tongchou suggest`, in both languages: its help, its headings and the reasons a
 * search found fewer slots than asked. Typed like the CLI catalog, so a key missing in one locale
 * fails to compile.
 */
import type { Lang } from './catalog.js';
import type { NoSlotReason, SlotConstraint } from '../model/suggestion.js';
import { suggest as en } from './en/suggest.js';
import { suggest as zhCN } from './zh-CN/suggest.js';

/** Every text `tongchou suggest` prints, for one language. */
export interface SuggestMessages {
  /** `tongchou suggest --help`. */
  readonly usage: string;
  /** Without --event, when no finding names a meeting to move. */
  readonly nothingToMove: string;
  readonly unknownEvent: (d: { readonly uid: string; readonly from: string; readonly to: string }) => string;
  readonly invalidNumber: (d: { readonly flag: string; readonly value: string }) => string;
  readonly invalidHours: (d: { readonly value: string }) => string;
  /** The meeting a search is about: its title, when it is now, and whose calendar. */
  readonly meeting: (d: { readonly summary: string; readonly when: string; readonly calendar: string }) => string;
  readonly conflictsHeading: (d: { readonly count: number }) => string;
  readonly noConflicts: string;
  readonly slotsHeading: (d: { readonly count: number }) => string;
  readonly slot: (d: { readonly n: number; readonly when: string }) => string;
  readonly satisfied: (d: { readonly constraints: string }) => string;
  /** When every slot satisfies the same constraints. */
  readonly satisfiedByAll: (d: { readonly constraints: string }) => string;
  readonly constraint: (c: SlotConstraint) => string;
  readonly assumedWorkday: string;
  readonly remaining: (d: { readonly count: number }) => string;
  readonly unresolvedHeading: (d: { readonly count: number }) => string;
  readonly reason: (d: { readonly reason: NoSlotReason; readonly to: string; readonly years: string; readonly lastChecked: string }) => string;
  readonly searched: (d: {
    readonly from: string;
    readonly to: string;
    readonly zone: string;
    readonly step: number;
    readonly hours: string | null;
    readonly workingDays: boolean;
    readonly checks: number;
  }) => string;
  /** Joins a list (、 in Chinese, a comma in English). */
  readonly list: (items: readonly string[]) => string;
}

const catalogs: Readonly<Record<Lang, SuggestMessages>> = { 'zh-CN': zhCN, en };

/**
 * The text of `tongchou suggest` in one language.
 * @param lang - `zh-CN` or `en`
 * @returns the catalog
 * @example
 * suggestMessages('en').noConflicts
 * //=> 'No conflicts where it is now.'
 */
export function suggestMessages(lang: Lang): SuggestMessages {
  return catalogs[lang];
}
