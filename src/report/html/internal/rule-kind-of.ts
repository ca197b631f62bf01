/**
 * The kind of rule behind a finding, for the report's "rule kind" filter: the config says it by the
 * finding's rule id; without the config, the finding's kind tells (each kind comes from one rule
 * kind, except the ordering kinds, which `related-to` shares with `follows`).
 */
import type { Finding, FindingKind } from '../../../model/finding.js';
import type { RuleConfig, RuleKind } from '../../../model/rule-config.js';

/**
 * @param finding - a finding
 * @param rules - the config's rules (may be empty)
 * @returns the rule kind
 * @example
 * ruleKindOf({ rule: 'people', kind: 'double-booking', … }, [])
 * //=> 'no-double-booking'
 */
export function ruleKindOf(finding: Pick<Finding, 'rule' | 'kind'>, rules: readonly RuleConfig[]): RuleKind {
  const configured = rules.find((r) => r.id === finding.rule);
  if (configured !== undefined) return configured.kind;
  // The default `related-to` rule runs without a config entry, under its own id.
  if (finding.rule === 'related-to') return 'related-to';
  return byFindingKind(finding.kind);
}

function byFindingKind(kind: FindingKind): RuleKind {
  switch (kind) {
    case 'order':
    case 'order-missing':
    case 'order-late':
    case 'order-cycle':
      return 'follows';
    case 'double-booking':
    case 'tentative-overlap':
      return 'no-double-booking';
    case 'travel-time':
      return 'travel-time';
    case 'venue':
      return 'venue';
    case 'required-missing':
    case 'required-busy':
      return 'required-attendance';
    case 'cadence-missed':
    case 'cadence-crowded':
      return 'cadence';
    case 'coverage-gap':
    case 'coverage-overlap':
      return 'coverage';
    case 'holiday':
    case 'holiday-unknown':
    case 'outside-hours':
      return 'working-days';
    case 'quiet-period':
      return 'quiet-period';
    default: {
      const never: never = kind;
      throw new Error(`unknown finding kind ${String(never)}`);
    }
  }
}
