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
// For the instructor's JSON editor (src/app/instructor/authoring): completion, hover, folding, colours,
// formatting and problems, plus the services their contributions ask for at creation. Registered here,
// before the first `defineTheme` below starts Monaco's services: a feature registered later is unknown to
// them ("depends on UNKNOWN service").
import 'monaco-editor/features/suggest/register';
// The feature above brings only inline completions; the suggest widget (Ctrl+Space) is this contribution.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/colorPicker/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/codelens/register';
import 'monaco-editor/features/inlayHints/register';
import 'monaco-editor/features/dropOrPasteInto/register';
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
