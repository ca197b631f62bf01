/**
 * End-to-end harness for the scenario tests: inline .ics text, a tongchou.json-shaped object,
 * validateConfig, then check — the way an office tool drives the public API.
 */
import { check, validateConfig, type Config, type Finding, type FindingKind, type Report } from '../../src/index.js';

/** Joins lines with CRLF, as RFC 5545 §3.1 wants and Outlook writes. */
export function ics(...lines: readonly string[]): string {
  return lines.join('\r\n') + '\r\n';
}

/** A VCALENDAR around the given body lines. */
export function vcalendar(body: readonly string[], head: readonly string[] = []): string {
  return ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//scenario//tongchou//ZH', ...head, ...body, 'END:VCALENDAR');
}

/** Validates a raw config, failing the test with every problem when it is invalid. */
export function config(raw: unknown): Config {
  const result = validateConfig(raw, 'tongchou.json');
  if (!result.ok) throw new Error(`scenario config invalid: ${JSON.stringify(result.problems)}`);
  return result.config;
}

/** Runs a check over files given as `{ file: text }`. */
export function run(raw: unknown, files: Readonly<Record<string, string | Uint8Array>>): Report {
  return check({ config: config(raw), sources: new Map(Object.entries(files)), configFile: 'tongchou.json' });
}

/** Findings of one kind. */
export function ofKind<K extends FindingKind>(report: Report, kind: K): Finding<K>[] {
  return report.findings.filter((f) => f.kind === kind) as Finding<K>[];
}

/** Occurrences of a finding as `uid@recurrenceId` (or bare uid), sorted. */
export function refs(finding: Finding): string[] {
  return finding.occurrences.map((o) => (o.recurrenceId === null ? o.uid : `${o.uid}@${o.recurrenceId}`)).sort();
}

/** `kind rule refs` of every finding, for exact whole-report assertions. */
export function digest(report: Report): string[] {
  return report.findings.map((f) => `${f.kind} ${f.rule} ${refs(f).join(' ')}`);
}
