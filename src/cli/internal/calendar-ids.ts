/**
 * Calendar ids for files given on the command line (zero-config `check`, `init`): the file name
 * without its extension, made unique with `-2`, `-3` when two files share a name.
 */
import { basename, extname } from 'node:path';

/**
 * One id per file, in order.
 * @param files - the paths as given
 * @returns ids, unique among themselves
 * @example
 * calendarIds(['city/party.ics', 'district/party.ics', '区长.ics'])
 * //=> ['party', 'party-2', '区长']
 */
export function calendarIds(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const name = basename(file, extname(file)).trim();
    const stem = name === '' ? 'calendar' : name;
    let id = stem;
    for (let n = 2; used.has(id); n += 1) id = `${stem}-${n}`;
    used.add(id);
    return id;
  });
}
