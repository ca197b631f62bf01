/**
 * fast-check set-up shared by every property test, and arbitraries for realistic schedules.
 *
 * Runs are reproducible: under CI (`process.env.CI`) the seed is `FC_SEED` or a constant; locally it
 * is random unless `FC_SEED` is set. fast-check prints the seed and the shrunk counterexample on a
 * failure, so `FC_SEED=<seed> npx jest <file>` replays it. `FC_RUNS` sets the number of runs for every
 * property (more for a local soak: `FC_RUNS=2000 npx jest test/properties`).
 */
import fc from 'fast-check';

/** The seed used under CI when `FC_SEED` is not set. */
export const CI_SEED = 20220510;

/**
 * fast-check parameters for one property.
 * @param defaultRuns - runs when `FC_RUNS` is not set; keep it small enough for the 60 s budget
 * @returns `numRuns`, and `seed` under CI or when `FC_SEED` is set
 * @example
 * fc.assert(fc.property(fc.nat(), (n) => n >= 0), propertyParameters(50));
 */
export function propertyParameters<T = unknown>(defaultRuns: number): fc.Parameters<T> {
  const runs = Number.parseInt(process.env.FC_RUNS ?? '', 10);
  const seedText = process.env.FC_SEED;
  const seed =
    seedText !== undefined && seedText !== '' ? Number.parseInt(seedText, 10) : process.env.CI ? CI_SEED : undefined;
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : defaultRuns,
    ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
  };
}
