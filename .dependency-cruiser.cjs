/**
 * The layers of DESIGN §6: core ← shell ← content ← app (i18n beside content; cli beside app).
 * A layer may import only the layers to its left, plus the packages listed for it.
 */
const CORE_PACKAGES = '(zod|diff)/';

module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment:
        'src/core is the pure engine: no other layer, no React, no DOM, no Node, only its allowlisted packages.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: ['\\.test\\.ts$', '/fixtures/'] },
      to: {
        pathNot: ['^src/core/', `node_modules/${CORE_PACKAGES}`],
      },
    },
    {
      name: 'shell-imports-core-only',
      comment: 'src/shell builds on core and knows nothing of content, i18n or the UI.',
      severity: 'error',
      from: { path: '^src/shell/', pathNot: '\\.test\\.ts$' },
      to: {
        path: [
          '^src/(content|i18n|app|cli)/',
          '^node_modules/(react|react-dom|@xterm|monaco-editor|zustand|i18next)',
        ],
      },
    },
    {
      name: 'content-below-app',
      comment: 'src/content is data over core and shell; it never imports the UI or the CLI.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: ['^src/(app|cli)/', '^node_modules/(react-dom|@xterm|monaco-editor|zustand)'] },
    },
    {
      name: 'i18n-is-a-leaf',
      comment: 'Translations are data; they import no layer.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(core|shell|content|app|cli)/' },
    },
    {
      name: 'nothing-imports-app-or-cli',
      comment: 'The UI and the headless runner are the outermost layers.',
      severity: 'error',
      from: { path: '^src/(core|shell|content|i18n)/' },
      to: { path: '^src/(app|cli)/' },
    },
    {
      name: 'cli-has-no-ui',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/app/', '^node_modules/(react|react-dom|@xterm|monaco-editor|zustand)'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      // Type-only cycles (a command record naming the registry's type) vanish at runtime.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
