/**
 * The shape of a message catalog. Typed per code so that adding a problem code or finding kind
 * without a translation in every locale fails to compile (zod's `locales/*` approach).
 */
import type { FindingDataMap } from '../model/finding.js';
import type { LoadProblemDataMap } from '../model/load-problem.js';
import type { ConfigProblemDataMap } from '../model/config-problem.js';

/** Languages the messages are written in. zh-CN is the default everywhere. */
export type Lang = 'zh-CN' | 'en';

/** One function per key of `M`, turning that key's data into a sentence. */
export type MessagesFor<M> = { readonly [K in keyof M]: (data: M[K]) => string };

export interface Catalog {
  readonly load: MessagesFor<LoadProblemDataMap>;
  readonly config: MessagesFor<ConfigProblemDataMap>;
  readonly findings: MessagesFor<FindingDataMap>;
}
