import type { Catalog } from './catalog.js';
import { config } from './zh-CN/config.js';
import { findings } from './zh-CN/findings.js';
import { load } from './zh-CN/load.js';

/** The zh-CN catalog (default language). */
export const zhCN: Catalog = { load, config, findings };
