// Runs before the app's modules (a deferred classic script, listed first in index.html). Zod 4 probes for
// `new Function` to compile faster parsers; under our Content-Security-Policy (no 'unsafe-eval') the probe
// is caught, yet the browser still reports it as a `securitypolicyviolation`. `jitless` skips the probe
// (zod then uses its interpreter). Zod reads this global when it loads, so no zod import is needed here.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
