/**
 * Problems are defects in the *input* (an `.ics` file, a config file), reported as data: a code, a
 * severity, where it was found and the values needed to explain it. Human text is rendered later by
 * `messages/` in the reader's language, so a problem's code and data are the stable contract.
 */
import type { LoadProblemDataMap } from './load-problem.js';
import type { ConfigProblemDataMap } from './config-problem.js';

/** How much a problem or finding matters. `error` makes the CLI exit with 1 (findings) or 2 (input). */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a text file: 1-based line number. `file` is null for input given as a string. */
export interface FileLocation {
  readonly file: string | null;
  readonly line: number;
}

/** A place in a JSON document, as the path of keys and indexes from the root (`['rules', 2, 'minGap']`). */
export interface JsonLocation {
  readonly file: string | null;
  readonly path: readonly (string | number)[];
}

/** Every problem code with the shape of its data. */
export type ProblemDataMap = LoadProblemDataMap & ConfigProblemDataMap;

/** Every problem code. */
export type ProblemCode = keyof ProblemDataMap;

/** One defect in the input. */
export type Problem<C extends ProblemCode = ProblemCode> = {
  [K in C]: {
    readonly code: K;
    readonly severity: Severity;
    readonly source: FileLocation | JsonLocation;
    readonly data: ProblemDataMap[K];
  };
}[C];
