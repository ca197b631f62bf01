/**
 * Every rule kind of this version, by kind, sorted. `satisfies` makes a rule kind without a
 * module (or a module under the wrong key) fail to compile.
 */
import type { RuleKind } from '../model/rule-config.js';
import { follows } from './follows.js';
import { noDoubleBooking } from './no-double-booking.js';
import { relatedTo } from './related-to.js';
import { requiredAttendance } from './required-attendance.js';
import { travelTime } from './travel-time.js';
import { venue } from './venue.js';
import type { Rule } from './rule.js';

/**
 * The rules, by kind.
 * @example
 * rules['no-double-booking'].messages
 * //=> { 'double-booking': 'error', 'tentative-overlap': 'warning' }
 */
export const rules = {
  follows,
  'no-double-booking': noDoubleBooking,
  'related-to': relatedTo,
  'required-attendance': requiredAttendance,
  'travel-time': travelTime,
  venue,
  // `any` for the finding kinds: each rule narrows its own; the key must match the rule's kind.
} as const satisfies { readonly [K in RuleKind]: Rule<K, any> };
