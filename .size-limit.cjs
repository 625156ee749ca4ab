// Size budgets, on the production build (`npm run build` first).
// "Initial" is what a learner downloads before touching anything: the entry script, the chunks index.html
// preloads and the CSS; a wide window also loads, before its first render, the lesson (pt-BR, the default
// language, the larger of the two) and the side-by-side layout (src/app/main.tsx). A phone shows the
// terminal first and loads neither.
// The terminal (xterm.js) and the lab (the shell's commands and the missions, store/lab.ts) load when the
// learner reaches for the terminal or starts a mission (a session with commands in it: when idle); the lab's
// code is spread over shared chunks, so it has no line of its own. Monaco loads after the learner's first
// command (when idle) or when an editor opens.
// SIZE_DIST measures another build folder (e.g. `SIZE_DIST=/tmp/dist-x npx size-limit`); default: dist.
const { readFileSync, readdirSync } = require('node:fs');

const dist = process.env.SIZE_DIST || 'dist';

function assets(pattern) {
  return readdirSync(`${dist}/assets`)
    .filter((f) => pattern.test(f))
    .map((f) => `${dist}/assets/${f}`);
}

function entryAssets() {
  let html;
  try {
    html = readFileSync(`${dist}/index.html`, 'utf8');
  } catch {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first.`);
  }
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => `${dist}/${m[1]}`,
  );
  return [...new Set(refs)];
}

const wideFirstScreen = () => [...assets(/^pt-BR-.*\.js$/), ...assets(/^WideLayout-.*\.(js|css)$/)];

module.exports = [
  // DESIGN §7: at most 200 KB gzip before any interaction.
  {
    name: 'Initial JS+CSS (before any interaction), wide window',
    path: [...entryAssets(), ...wideFirstScreen()],
    limit: '200 KB',
    gzip: true,
  },
  {
    name: 'Initial JS+CSS (before any interaction), phone or narrow window',
    path: entryAssets(),
    limit: '200 KB',
    gzip: true,
  },
  {
    name: 'Terminal (xterm.js), loaded when the learner reaches for the terminal',
    path: assets(/^XtermTerminal-.*\.(js|css)$/),
    gzip: true,
  },
  {
    name: 'Editor (Monaco core, diff editor, ini/yaml/shell, worker), loaded after the first command (idle) or when nano/vim opens',
    path: assets(
      /^(editor\.api|editor|MonacoFileEditor|MonacoDiffEditor|ini|yaml|shell|editor\.worker)-.*\.(js|css)$/,
    ),
    gzip: true,
  },
  {
    name: "Instructor's JSON authoring (Monaco's JSON mode and worker), loaded when that tab opens",
    path: assets(/^(jsonMode|json\.worker)-.*\.(js|css)$/),
    gzip: true,
  },
  { name: 'All JS+CSS of the build', path: assets(/\.(js|css)$/), gzip: true },
];
