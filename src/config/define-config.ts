/**
 * The typed way to write a config in TypeScript, as vite's `defineConfig`: an identity function
 * whose parameter type gives editor completion and compile-time checks. The result is still
 * validated by {@link validateConfig} like a JSON file, since types say nothing about references,
 * patterns or durations.
 */
import type { Config } from '../model/config.js';

/** Fields that {@link validateConfig} fills when absent. */
type Defaulted = 'timezone' | 'people' | 'locations' | 'travel' | 'rules';

/** A config as written: `Config` with its defaulted fields optional. */
export type ConfigInput = Omit<Config, Defaulted> & Partial<Pick<Config, Defaulted>>;

/**
 * Types a config written in TypeScript.
 * @param config - the config; fields with defaults may be left out
 * @returns the same object, unchanged
 * @example
 * const config = defineConfig({ window: { from: '2022-04-01', to: '2022-06-30' },
 *   calendars: [{ id: 'city', file: 'city.ics', level: 'city' }], rules: [{ id: 'rooms', kind: 'venue' }] });
 * validateConfig(config).ok //=> true
 */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
