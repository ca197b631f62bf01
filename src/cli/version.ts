/**
 * The version printed by `tongchou --version`. Kept in code rather than read from package.json at
 * run time (the ESM and CJS builds sit at different depths); a test checks it matches package.json.
 */
export const VERSION = '0.1.0';
