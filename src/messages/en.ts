import type { Catalog } from './catalog.js';
import { config } from './en/config.js';
import { findings } from './en/findings.js';
import { load } from './en/load.js';

/** The English catalog. */
export const en: Catalog = { load, config, findings };
