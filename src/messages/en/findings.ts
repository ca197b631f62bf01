import type { FindingDataMap } from '../../model/finding.js';
import type { MessagesFor } from '../catalog.js';

/** English: rule findings. */
export const findings: MessagesFor<FindingDataMap> = {
  order: (d) =>
    `"${d.dependent}" is scheduled before the higher-level meeting "${d.prerequisite}" (minimum gap ${d.minGap}); earliest compliant start ${d.earliestStart}. Paired by: ${d.pairedBy}`,
};
