import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { Severity } from '../../model/problem.js';

/** A problem before the file name is attached: `load-calendar.ts` turns it into a `Problem`. */
export type LoadIssue = {
  [C in keyof LoadProblemDataMap]: {
    readonly code: C;
    readonly severity: Severity;
    readonly line: number;
    readonly data: LoadProblemDataMap[C];
  };
}[keyof LoadProblemDataMap];
