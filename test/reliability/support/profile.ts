/**
 * The two profiles of the reliability suites: `short` runs inside `npm test` (about a minute in
 * all), `full` (RELIABILITY_PROFILE=full, `npm run test:reliability`) runs the long versions.
 */
export type ProfileName = 'short' | 'full';

export const PROFILE: ProfileName = process.env.RELIABILITY_PROFILE === 'full' ? 'full' : 'short';

/** The value for the current profile. */
export function pick<T>(short: T, full: T): T {
  return PROFILE === 'full' ? full : short;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
