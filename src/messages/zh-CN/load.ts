import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** 中文：读取 .ics 文件时的问题。 */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `无法识别文件编码：${d.detail}`,
};
