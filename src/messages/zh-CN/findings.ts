import type { FindingDataMap } from '../../model/finding.js';
import type { MessagesFor } from '../catalog.js';

/** 中文：规则检查结果。 */
export const findings: MessagesFor<FindingDataMap> = {
  order: (d) =>
    `“${d.dependent}”安排在上级会议“${d.prerequisite}”之前（要求至少间隔 ${d.minGap}），最早可安排在 ${d.earliestStart}。配对依据：${d.pairedBy}`,
};
