/**
 * The registry meta-test (typescript-eslint's docs.test): every rule is where its kind says, is
 * documented in both languages, has a test file, and every finding kind has an owner.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/messages/en.js';
import { zhCN } from '../../src/messages/zh-CN.js';
import type { FindingKind } from '../../src/model/finding.js';
import { rules } from '../../src/rules/registry.js';

const root = join(__dirname, '..', '..');
const entries = Object.entries(rules);

/**
 * `follows` and `related-to` are one engine (rules/internal/dependencies.ts) fed by configuration
 * or by the calendars' own links; they share the ordering kinds. Every other kind has one owner.
 */
const ORDERING_FAMILY = new Set(['follows', 'related-to']);

describe('rule registry', () => {
  test('keys are sorted', () => {
    const keys = Object.keys(rules);
    expect(keys).toEqual([...keys].sort());
  });

  test.each(entries)('%s: kind = key = file name, with a test file', (key, rule) => {
    expect(rule.kind).toBe(key);
    expect(existsSync(join(root, 'src', 'rules', `${key}.ts`))).toBe(true);
    expect(existsSync(join(root, 'test', 'rules', `${key}.test.ts`))).toBe(true);
  });

  test.each(entries)('%s: docs in both languages', (_key, rule) => {
    expect(rule.docs['zh-CN']).toMatch(/\p{Script=Han}/u);
    // English prose (it may quote a Chinese example such as role:总河长).
    expect(rule.docs.en.match(/[A-Za-z]+/gu)?.length ?? 0).toBeGreaterThan(8);
    expect(rule.docs.en.length).toBeGreaterThan(20);
    expect(rule.docs['zh-CN'].length).toBeGreaterThan(10);
  });

  test('every finding kind is declared by a rule, and only the ordering family shares kinds', () => {
    const kinds = Object.keys(en.findings) as FindingKind[];
    expect(Object.keys(zhCN.findings).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) {
      const owners = entries.filter(([, rule]) => Object.prototype.hasOwnProperty.call(rule.messages, kind)).map(([key]) => key);
      expect({ kind, declared: owners.length > 0 }).toEqual({ kind, declared: true });
      if (owners.length > 1) expect({ kind, owners: owners.every((o) => ORDERING_FAMILY.has(o)) }).toEqual({ kind, owners: true });
    }
  });

  test('rules declare only finding kinds that have messages', () => {
    for (const [, rule] of entries) {
      for (const kind of Object.keys(rule.messages)) expect(Object.keys(en.findings)).toContain(kind);
    }
  });

  test('the finding kinds of issues 3 and 6 are exactly the catalogued ones', () => {
    expect(Object.keys(en.findings).sort()).toEqual(
      [
        'order',
        'order-missing',
        'order-late',
        'order-cycle',
        'double-booking',
        'tentative-overlap',
        'travel-time',
        'venue',
        'required-missing',
        'required-busy',
        'cadence-missed',
        'cadence-crowded',
        'coverage-gap',
        'coverage-overlap',
        'holiday',
        'holiday-unknown',
        'outside-hours',
        'quiet-period',
      ].sort(),
    );
  });
});
