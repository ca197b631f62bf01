import type { ConfigProblemDataMap } from '../../model/config-problem.js';
import type { MessagesFor } from '../catalog.js';

/** 中文：配置文件的问题。 */
export const config: MessagesFor<ConfigProblemDataMap> = {
  'invalid-type': (d) => `应为${d.expected}，实际为${d.received}`,
};
