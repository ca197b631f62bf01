import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** English: problems met while reading .ics files. */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `cannot decode the input: ${d.detail}`,
};
