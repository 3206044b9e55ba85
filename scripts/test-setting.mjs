// The environment `npm start` serves with: FACTDECK_ALLOW_LOOPBACK_FETCH (lib/extract/test-setting.ts) is removed,
// whatever the shell had, unless the tests' own flag --test-loopback-fetch is given (only playwright.config.ts
// passes it), which sets it to "1".
/** @param {string[]} argv @param {Record<string, string | undefined>} env */
export function applyLoopbackSetting(argv, env) {
  if (argv.includes("--test-loopback-fetch")) env.FACTDECK_ALLOW_LOOPBACK_FETCH = "1";
  else delete env.FACTDECK_ALLOW_LOOPBACK_FETCH;
  return env;
}
