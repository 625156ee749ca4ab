/**
 * A small Monarch tokenizer for nginx configuration (Monaco ships none): comments, block and simple
 * directives, variables, strings, numbers with size/time units, and `on`/`off`-style keywords.
 * Plain data, so it sits outside the Monaco chunk's logic and can be checked without a browser.
 */
import type { languages } from 'monaco-editor/editor';

export const NGINX_LANGUAGE_ID = 'nginx';

export const nginxConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['{', '}']],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
};

export const nginxMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.nginx',
  keywords: [
    'on',
    'off',
    'default_server',
    'ssl',
    'http2',
    'backup',
    'down',
    'permanent',
    'redirect',
    'last',
    'break',
  ],
  tokenizer: {
    root: [
      [/#.*$/, 'comment'],
      [/[{}]/, 'delimiter.bracket'],
      [/;/, 'delimiter'],
      // A directive: the first word of a statement.
      [
        /[a-z_][\w]*/,
        { cases: { '@keywords': 'keyword', '@default': { token: 'type.identifier', next: '@args' } } },
      ],
      [/\s+/, 'white'],
    ],
    args: [
      [/#.*$/, 'comment'],
      [/;/, 'delimiter', '@pop'],
      [/\{/, 'delimiter.bracket', '@pop'],
      [/\$\{?\w+\}?/, 'variable'],
      [/"/, 'string', '@dstring'],
      [/'/, 'string', '@sstring'],
      [/\b\d+(\.\d+)?[kKmMgGsShdwy]?\b/, 'number'],
      [/\b(on|off|default_server|ssl|http2|backup|down|permanent|redirect|last|break)\b/, 'keyword'],
      [/[^\s;{"'#$]+/, ''],
      [/\s+/, 'white'],
    ],
    dstring: [
      [/\$\{?\w+\}?/, 'variable'],
      [/[^"$\\]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
      [/\$/, 'string'],
    ],
    sstring: [
      [/[^'\\]+/, 'string'],
      [/\\./, 'string.escape'],
      [/'/, 'string', '@pop'],
    ],
  },
};
