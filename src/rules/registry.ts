/**
 * Every rule kind of this version, by kind, sorted. `satisfies` makes a rule kind without a
 * module (or a module under the wrong key) fail to compile.
 */
import type { RuleKind } from '../model/rule-config.js';
import { cadence } from './cadence.js';
import { coverage } from './coverage.js';
import { follows } from './follows.js';
import { noDoubleBooking } from './no-double-booking.js';
import { quietPeriod } from './quiet-period.js';
import { relatedTo } from './related-to.js';
import { requiredAttendance } from './required-attendance.js';
import { travelTime } from './travel-time.js';
import { venue } from './venue.js';
import { workingDays } from './working-days.js';
import type { Rule } from './rule.js';

/**
 * The rules, by kind.
 * @example
 * rules['no-double-booking'].messages
 * //=> { 'double-booking': 'error', 'tentative-overlap': 'warning' }
 */
export const rules = {
  cadence,
  coverage,
  follows,
  'no-double-booking': noDoubleBooking,
  'quiet-period': quietPeriod,
  'related-to': relatedTo,
  'required-attendance': requiredAttendance,
  'travel-time': travelTime,
  venue,
  'working-days': workingDays,
  // `any` for the finding kinds: each rule narrows its own; the key must match the rule's kind.
} as const satisfies { readonly [K in RuleKind]: Rule<K, any> };
