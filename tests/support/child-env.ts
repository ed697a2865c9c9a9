/**
 * The environment for a build or script started from a test. Vitest puts Vite's BASE_URL, MODE,
 * DEV, PROD and SSR into process.env; a child Astro build would take BASE_URL as its base path.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
