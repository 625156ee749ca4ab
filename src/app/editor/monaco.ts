/**
 * Monaco, as the app uses it: the editor core and the diff editor with a few features, highlighting for
 * nginx (ours), ini, yaml and shell, and the editor worker — all bundled from the app's own files (never a
 * CDN; the CSP allows no other origin). Imported only through `loadMonaco`, so it is a lazy chunk.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/ini/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/shell/register';
import { NGINX_LANGUAGE_ID, nginxConfiguration, nginxMonarch } from './nginxLanguage';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

monaco.languages.register({ id: NGINX_LANGUAGE_ID, aliases: ['nginx'] });
monaco.languages.setMonarchTokensProvider(NGINX_LANGUAGE_ID, nginxMonarch);
monaco.languages.setLanguageConfiguration(NGINX_LANGUAGE_ID, nginxConfiguration);

// Monaco's own themes, with line numbers that meet WCAG AA contrast (the stock dimmed ones do not).
monaco.editor.defineTheme('driftlab-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editorLineNumber.foreground': '#4a5360',
    'editorLineNumber.activeForeground': '#1b1f24',
    'editorLineNumber.dimmedForeground': '#4a5360',
  },
});
monaco.editor.defineTheme('driftlab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editorLineNumber.foreground': '#a8b3bf',
    'editorLineNumber.activeForeground': '#e6edf3',
    'editorLineNumber.dimmedForeground': '#a8b3bf',
  },
});

export type Monaco = typeof monaco;
export { monaco };
