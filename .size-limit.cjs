// What a learner downloads before touching anything: the entry script, the chunks index.html preloads,
// the CSS, and the lesson chunk the first screen imports (pt-BR, the default language).
// Monaco and the other lazy chunks load only when used and are reported by scripts/size-report.mjs.
const { readFileSync, readdirSync } = require('node:fs');

function initialAssets() {
  let html;
  try {
    html = readFileSync('dist/index.html', 'utf8');
  } catch {
    throw new Error('dist/index.html is missing: run `npm run build` first.');
  }
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `dist/${m[1]}`);
  const lesson = readdirSync('dist/assets').filter((f) => /^pt-BR-.*\.js$/.test(f));
  return [...refs, ...lesson.map((f) => `dist/assets/${f}`)];
}

module.exports = [
  {
    name: 'Initial JS+CSS (before any interaction)',
    path: initialAssets(),
    limit: '200 KB',
    gzip: true,
  },
];
