// Size budgets, on the production build (`npm run build` first).
// "Initial" is what a learner downloads before touching anything: the entry script, the chunks index.html
// preloads, the CSS, and the lesson chunk the first screen imports (pt-BR, the default language).
// The terminal (xterm.js) loads right after, when the browser is idle or as soon as the learner reaches for
// it; Monaco loads only when the editor opens. Both are reported on their own lines.
// SIZE_DIST measures another build folder (e.g. `SIZE_DIST=/tmp/dist-x npx size-limit`); default: dist.
const { readFileSync, readdirSync } = require('node:fs');

const dist = process.env.SIZE_DIST || 'dist';

function assets(pattern) {
  return readdirSync(`${dist}/assets`)
    .filter((f) => pattern.test(f))
    .map((f) => `${dist}/assets/${f}`);
}

function initialAssets() {
  let html;
  try {
    html = readFileSync(`${dist}/index.html`, 'utf8');
  } catch {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first.`);
  }
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `${dist}/${m[1]}`);
  return [...refs, ...assets(/^pt-BR-.*\.js$/)];
}

module.exports = [
  // DESIGN §7's target for this line is 200 kB. The engine, the full shell and the mission content now ship
  // in the initial chunks (≈365 kB measured), so until they are split into lazy chunks (issue 8) this limit
  // is a regression guard at today's size plus a little room — not the target. See README, Performance.
  { name: 'Initial JS+CSS (before any interaction)', path: initialAssets(), limit: '400 KB', gzip: true },
  { name: 'Terminal (xterm.js), loaded when idle', path: assets(/^XtermTerminal-.*\.(js|css)$/), gzip: true },
  {
    name: 'Editor (Monaco core, diff editor, ini/yaml/shell, worker), loaded when idle or when nano/vim opens',
    path: assets(/^(MonacoFileEditor|MonacoDiffEditor|ini|yaml|shell|editor\.worker)-.*\.(js|css)$/),
    gzip: true,
  },
  { name: 'All JS+CSS of the build', path: assets(/\.(js|css)$/), gzip: true },
];
