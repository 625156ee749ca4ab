import { compressToEncodedURIComponent } from 'lz-string';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import {
  checkMissionText,
  checkScenarioText,
  DOC_MAX_CHARS,
  missionDoc,
  SAMPLE_SCENARIO,
} from '../../content/authored';
import { MISSIONS } from '../../content/missions/registry';
import { initI18n } from '../../i18n';
import { docText, LIBRARY_KEYS, loadDoc, saveDoc } from './authoring/library';
import { previewScenario } from './authoring/preview';
import { ScenarioPreview } from './authoring/ScenarioPreview';
import { decodeShare, encodeShare, SHARE_MAX_ENCODED, sharePayload } from './share/shareCodec';

/**
 * The hostile-input corpus for share links and imported scenarios (issue 7): each case is rejected with a
 * code the UI words, or neutralised (markup shown as text). None throws, none runs script, and none changes
 * what was saved before it.
 */

const pack = (value: unknown) => compressToEncodedURIComponent(JSON.stringify(value));
const packText = (text: string) => compressToEncodedURIComponent(text);
const link = (scenario: unknown) => pack({ format: 'driftlab-share', version: 1, scenario });
const good = encodeShare(sharePayload({ scenario: SAMPLE_SCENARIO }));
const goodLink = good.ok ? good.encoded : '';
const firstMission = MISSIONS[0];
if (!firstMission) throw new Error('the lab ships missions');

const XSS = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';

/** The storage a test starts with: a saved scenario that no bad input may touch. */
function savedLibrary() {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
  const saved = docText({ ...SAMPLE_SCENARIO, id: 'saved-before' });
  expect(saveDoc(storage, 'scenario', saved)).toEqual({ ok: true });
  return { storage, saved };
}

function html(node: React.ReactNode) {
  return renderToStaticMarkup(<I18nextProvider i18n={initI18n('en')}>{node}</I18nextProvider>);
}

const linkCases: [name: string, encoded: string, code: string][] = [
  ['a link cut short', goodLink.slice(0, Math.floor(goodLink.length / 2)), 'NOT_LZ|NOT_JSON'],
  ['characters lz-string never writes', `${goodLink.slice(0, 40)}%3Cscript%3E`, 'NOT_LZ'],
  ['not lz-string at all', 'hello-world', 'NOT_LZ|NOT_JSON'],
  ['lz-string of text that is not JSON', packText('<html>not json</html>'), 'NOT_JSON'],
  ['an empty payload', '', 'EMPTY'],
  ['JSON that is not an object', pack(null), 'WRONG_FORMAT'],
  ['another format', pack({ format: 'driftlab-world', version: 1 }), 'WRONG_FORMAT'],
  [
    'a newer link version',
    pack({ format: 'driftlab-share', version: 2, scenario: SAMPLE_SCENARIO }),
    'WRONG_VERSION',
  ],
  ['a newer scenario version inside', link({ ...SAMPLE_SCENARIO, version: 9 }), 'WRONG_VERSION'],
  ['the wrong schema (no servers)', link({ ...SAMPLE_SCENARIO, servers: undefined }), 'INVALID'],
  ['an unknown part', pack({ format: 'driftlab-share', version: 1, world: {} }), 'INVALID'],
  ['too large before decompressing', 'A'.repeat(SHARE_MAX_ENCODED + 1), 'TOO_LARGE'],
  [
    'a short link that expands past 1 Mi characters',
    packText(`{"pad":"${'a'.repeat(1_200_000)}"}`),
    'TOO_LARGE',
  ],
  [
    '__proto__ key',
    packText(`{"format":"driftlab-share","version":1,"__proto__":{"polluted":true},"scenario":{}}`),
    'FORBIDDEN_KEY',
  ],
  [
    'constructor.prototype nested',
    link({ ...SAMPLE_SCENARIO, constructor: { prototype: { x: 1 } } }),
    'FORBIDDEN_KEY',
  ],
  [
    'script in a hostname',
    link({ ...SAMPLE_SCENARIO, servers: [{ ...SAMPLE_SCENARIO.servers[0], hostname: XSS }] }),
    'INVALID',
  ],
  [
    'terminal escape sequences in a title',
    link({ ...SAMPLE_SCENARIO, title: { 'pt-BR': '\u001b[2J\u001b]0;pwn\u0007', en: 'x' } }),
    'CONTROL_CHARS',
  ],
  [
    'a bidi override in a title',
    link({ ...SAMPLE_SCENARIO, title: { 'pt-BR': 'abc\u202edcba', en: 'x' } }),
    'CONTROL_CHARS',
  ],
  ['nesting 5,000 deep', packText(`${'['.repeat(5000)}${']'.repeat(5000)}`), 'WRONG_FORMAT|TOO_DEEP'],
  [
    'a thousand-server fleet',
    link({ ...SAMPLE_SCENARIO, servers: Array.from({ length: 1000 }, () => SAMPLE_SCENARIO.servers[0]) }),
    'INVALID',
  ],
];

describe('hostile share links', () => {
  it.each(linkCases)('%s: refused with a code, nothing saved is touched', (_name, encoded, code) => {
    const { storage, saved } = savedLibrary();
    const decoded = decodeShare(encoded);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toMatch(new RegExp(`^(${code})$`));
    expect(storage.getItem(LIBRARY_KEYS.scenario)).toBe(saved);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('HTML and script in every text of a scenario are shown as text, never as markup', () => {
    const scenario = { ...SAMPLE_SCENARIO, title: { 'pt-BR': XSS.slice(0, 120), en: XSS.slice(0, 120) } };
    const decoded = decodeShare(link(scenario));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok || !decoded.value.scenario) return;
    const out = html(
      <ScenarioPreview doc={decoded.value.scenario} preview={previewScenario(decoded.value.scenario)} />,
    );
    expect(out).not.toMatch(/<img|<script/i);
    expect(out).toContain('&lt;img src=x');
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('HTML and javascript: URLs in a mission survive only as inert text', () => {
    const mission = { ...firstMission, title: { 'pt-BR': XSS, en: '[x](javascript:alert(1))' } };
    const decoded = decodeShare(pack({ format: 'driftlab-share', version: 1, mission: missionDoc(mission) }));
    expect(decoded.ok && decoded.value.mission?.mission.title['pt-BR']).toBe(XSS);
  });
});

const fileCases: [name: string, text: string, code: string][] = [
  ['an empty file', '', 'EMPTY'],
  ['a PNG renamed .json', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'NOT_JSON'],
  ['a file over the size limit', `{"pad":"${'x'.repeat(DOC_MAX_CHARS)}"}`, 'TOO_LARGE'],
  ['a mission file opened as a scenario', docText(missionDoc(firstMission)), 'WRONG_FORMAT'],
  ['an older, unknown version', JSON.stringify({ ...SAMPLE_SCENARIO, version: 0 }), 'WRONG_VERSION'],
  [
    'two servers with one name',
    JSON.stringify({ ...SAMPLE_SCENARIO, servers: [...SAMPLE_SCENARIO.servers, SAMPLE_SCENARIO.servers[1]] }),
    'INVALID',
  ],
  [
    'an event on a server that does not exist',
    JSON.stringify({ ...SAMPLE_SCENARIO, events: [{ hoursBefore: 1, kind: 'hotfix', host: 'ghost' }] }),
    'INVALID',
  ],
  [
    'an unknown event kind',
    JSON.stringify({ ...SAMPLE_SCENARIO, events: [{ hoursBefore: 1, kind: 'rm-rf', host: 'web-01' }] }),
    'INVALID',
  ],
  [
    '__proto__ inside a server',
    `{"format":"driftlab-scenario","version":1,"servers":[{"__proto__":{"isAdmin":true}}]}`,
    'FORBIDDEN_KEY',
  ],
  ['an unknown field (a typo)', JSON.stringify({ ...SAMPLE_SCENARIO, sever: [] }), 'INVALID'],
];

describe('hostile imported scenario files', () => {
  it.each(fileCases)('%s: refused, and the saved scenario is still there', (_name, text, code) => {
    const { storage, saved } = savedLibrary();
    expect(saveDoc(storage, 'scenario', text)).toEqual({ ok: false, reason: 'invalid' });
    expect(storage.getItem(LIBRARY_KEYS.scenario)).toBe(saved);
    const loaded = loadDoc(storage, 'scenario');
    expect(loaded.kind).toBe('ok');
    const checked = checkScenarioText(text);
    expect(checked.ok ? 'OK' : checked.error.code).toMatch(new RegExp(`^(${code})$`));
  });

  it('a damaged saved entry is reported and left in place', () => {
    const { storage } = savedLibrary();
    storage.setItem(LIBRARY_KEYS.scenario, '{"format":"driftlab-scenario","version":1');
    const loaded = loadDoc(storage, 'scenario');
    expect(loaded.kind === 'bad' && loaded.error.code).toBe('NOT_JSON');
    expect(storage.getItem(LIBRARY_KEYS.scenario)).toBe('{"format":"driftlab-scenario","version":1');
  });

  it('a storage that refuses to write is a result, not an exception', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveDoc(full, 'scenario', docText(SAMPLE_SCENARIO))).toEqual({ ok: false, reason: 'storage' });
  });
});

describe('hostile imported mission files', () => {
  const envelope = missionDoc(firstMission);
  const cases: [name: string, text: string, code: string][] = [
    ['a newer mission version', JSON.stringify({ ...envelope, version: 2 }), 'WRONG_VERSION'],
    ['a scenario opened as a mission', docText(SAMPLE_SCENARIO), 'WRONG_FORMAT'],
    [
      'a mission without hints',
      JSON.stringify({ ...envelope, mission: { ...firstMission, hints: [] } }),
      'INVALID',
    ],
    [
      '__proto__ among the variables',
      docText(envelope).replace('"variables": {', '"variables": { "__proto__": { "polluted": true },'),
      'FORBIDDEN_KEY',
    ],
    [
      'a checklist condition that does not exist',
      docText(envelope).replace(/"kind": "[a-z-]+"/g, '"kind": "eval"'),
      'INVALID',
    ],
  ];
  it.each(cases)('%s: refused, and the saved mission is still there', (_name, text, code) => {
    const { storage } = savedLibrary();
    const saved = docText(envelope);
    expect(saveDoc(storage, 'mission', saved)).toEqual({ ok: true });
    expect(saveDoc(storage, 'mission', text)).toEqual({ ok: false, reason: 'invalid' });
    expect(storage.getItem(LIBRARY_KEYS.mission)).toBe(saved);
    const checked = checkMissionText(text);
    expect(checked.ok ? 'OK' : checked.error.code).toMatch(new RegExp(`^(${code})$`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
