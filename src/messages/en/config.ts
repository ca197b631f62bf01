import type { ConfigProblemDataMap } from '../../model/config-problem.js';
import type { MessagesFor } from '../catalog.js';

/** English: problems in a config document. */
export const config: MessagesFor<ConfigProblemDataMap> = {
  'invalid-type': (d) => `expected ${d.expected}, got ${d.received}`,
};
