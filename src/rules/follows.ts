/**
 * `follows`: a dependent meeting must come after its prerequisite, e.g. the district 总河长会议
 * after the city one.
 */
import { followsDependencies } from './internal/dependencies.js';
import { orderingFindings } from './internal/ordering.js';
import { defineRule } from './rule.js';

/**
 * Pairs every non-cancelled dependent (config `dependent` selector) with a prerequisite (config
 * `prerequisite` selector) of the same `cycle` period — year, quarter, month, ISO week, counted in
 * the report zone, or `none` for any — and checks the gap from the prerequisite's END to the
 * dependent's START.
 *
 * Pairing: the latest prerequisite of the period that the dependent already comes late enough
 * after; else the latest one starting before the dependent; else the earliest one of the period.
 * A meeting matching both selectors is never its own prerequisite, and copies of one meeting on
 * several calendars count once: the same UID and start, or a copy retyped by hand (new UID, same
 * summary, start and end — `looksLikeCopy`); the finding cites the copy with the smallest key.
 *
 * Gaps are ISO-8601 durations or working days (`{ workingDays: n }`, see `internal/gap.ts`): day 0
 * is the day the prerequisite ends, W_n the n-th working day after it in the Chinese working
 * calendar (调休 and the config's `holidays` honoured, report zone); `minGap` lets the dependent start
 * from W_n 00:00, `maxGap` until the end of W_n ("within 3 working days after").
 *
 * Findings: `order` (error) when the dependent starts before prerequisite end + `minGap`, with the
 * earliest compliant start as suggestion; `order-late` (warning) when it starts after prerequisite
 * end + `maxGap`; `order-missing` (warning) when the period has no prerequisite, or only cancelled
 * ones; `order-cycle` (error) when this rule's pairs close a ring with other rules or links. A
 * working-day count that reaches a year with no known holiday arrangement is never guessed, but a
 * verdict that holds under every arrangement is given: W_n falls at the earliest n calendar days after
 * day 0 (every day still to count a working day) and at the latest two days per working day left plus
 * one ten-day break. Before the earliest the dependent is `order` (without suggestion); from the latest
 * it is in order, and past its end `order-late`; `maxGap` is met before the end of the earliest. Only
 * in between is the finding `info` with `undetermined` and `unknownFrom` (QH-1, QH-2).
 * Chains (province → city → district) are two rules, each checked on its own.
 *
 * @example
 * // District 总河长会议 on 20 April, city one on 21 April 09:00–11:30:
 * follows.check({ ...ctx, params: { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' } } })[0]?.suggestion
 * //=> { earliestStart: '2022-04-21T11:30:00+08:00', occurrence: 'district-party/…' }
 */
export const follows = defineRule({
  kind: 'follows',
  docs: {
    'zh-CN':
      '本级会议须在上级会议之后召开（如区总河长会议在市总河长会议之后）：按周期配对，检查先后顺序、最小和最大间隔，上级会议未安排时提醒，并报告循环依赖。',
    en: 'A dependent meeting must come after its prerequisite (e.g. the district river-chief meeting after the city one): paired per cycle, checks order, minimum and maximum gap, warns when the prerequisite is missing, reports dependency rings.',
  },
  messages: { order: 'error', 'order-missing': 'warning', 'order-late': 'warning', 'order-cycle': 'error' },
  check(ctx) {
    return orderingFindings(ctx, followsDependencies(ctx.occurrences, ctx.params, ctx.zone, ctx.holidays, ctx.rules));
  },
});
