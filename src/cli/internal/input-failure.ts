/**
 * Why the input of a verb cannot be used — every unreadable file, or every config problem — told on
 * standard error and, with `--format json`, as one JSON object on standard output, so that an office
 * tool reading `check`, `suggest` or `expand` output always gets one document (QA26-37).
 */
import { summarize, toJsonReport, type ProblemJson, type Report } from '../../check/report.js';
import type { ReadConfigResult } from '../../io/read-config.js';
import { formatProblemLine } from '../format-text.js';
import { EXIT_USAGE } from './usage.js';
import type { Lang } from '../../messages/catalog.js';
import { cliMessages, type CliMessages } from '../../messages/cli-catalog.js';
import type { VerbContext } from './verb-context.js';

/**
 * Prints why the input cannot be used (every unreadable file, or every config problem) and returns
 * 2. With `--format json` standard output also gets the problems as JSON, in the shape of the
 * report's `problems` (an office tool reads one format whatever happened) — messages in both
 * languages unless `--lang` was given, as in the report (QB-7); the lines on standard error stay for
 * the person at the terminal, in the CLI's language.
 */
export function inputFailure(failure: Exclude<ReadConfigResult, { readonly ok: true }>, ctx: VerbContext, format: string, langGiven: boolean): number {
  const { io, lang, messages } = ctx;
  if (format === 'json') io.stdout(`${JSON.stringify(failureJson(failure, langGiven ? [lang] : ALL_LANGS), null, 2)}\n`);
  switch (failure.kind) {
    case 'unreadable':
      for (const f of failure.failures) io.stderr(`tongchou: ${messages.unreadable(f)}\n`);
      break;
    case 'json-syntax':
      io.stderr(`tongchou: ${failure.file}:${failure.error.line}:${failure.error.column}: ${messages.jsonSyntax(failure.error)}\n`);
      break;
    case 'invalid': {
      io.stderr(`tongchou: ${messages.invalidConfig({ file: failure.file, count: failure.problems.length })}\n`);
      for (const p of failure.problems) io.stderr(`  ${formatProblemLine(p, lang)}\n`);
      break;
    }
    default: {
      const never: never = failure;
      throw new Error(`unknown failure ${String(never)}`);
    }
  }
  return EXIT_USAGE;
}

/** The JSON of an unusable input: `{"version": 1, "error": kind, "problems": [...]}`, problems as in the report. */
interface FailureJson {
  readonly version: 1;
  readonly error: 'unreadable' | 'json-syntax' | 'invalid-config';
  readonly problems: readonly (ProblemJson | FailureProblemJson)[];
}

/** A problem that is not a config or load problem: an unreadable file, a JSON syntax error. */
interface FailureProblemJson {
  readonly code: 'unreadable' | 'json-syntax';
  readonly severity: 'error';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: Readonly<Partial<Record<Lang, string>>>;
  readonly data: Readonly<Record<string, string | number | null>>;
}

/** Languages of the JSON messages when `--lang` is not given: both, zh-CN first (as `toJsonReport`). */
const ALL_LANGS: readonly Lang[] = ['zh-CN', 'en'];

function failureJson(failure: Exclude<ReadConfigResult, { readonly ok: true }>, langs: readonly Lang[]): FailureJson {
  const message = (say: (m: CliMessages) => string) => Object.fromEntries(langs.map((l) => [l, say(cliMessages(l))]));
  switch (failure.kind) {
    case 'unreadable':
      return {
        version: 1,
        error: 'unreadable',
        problems: failure.failures.map((f) => ({
          code: 'unreadable',
          severity: 'error',
          file: f.file,
          message: message((m) => m.unreadable(f)),
          data: { reason: f.reason, detail: f.detail },
        })),
      };
    case 'json-syntax':
      return {
        version: 1,
        error: 'json-syntax',
        problems: [
          {
            code: 'json-syntax',
            severity: 'error',
            file: failure.file,
            line: failure.error.line,
            column: failure.error.column,
            message: message((m) => m.jsonSyntax(failure.error)),
            data: { found: failure.error.found },
          },
        ],
      };
    case 'invalid': {
      // The report's own JSON writer, so that a config problem has one shape wherever it appears.
      const empty = { calendars: 0, events: 0, occurrences: 0, skipped: 0 };
      const report: Report = { version: 1, window: { from: '', to: '', timezone: '' }, findings: [], problems: failure.problems, summary: summarize([], empty) };
      return { version: 1, error: 'invalid-config', problems: toJsonReport(report, langs).problems };
    }
    default: {
      const never: never = failure;
      throw new Error(`unknown failure ${String(never)}`);
    }
  }
}
