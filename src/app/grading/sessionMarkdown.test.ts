import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { SAMPLE_MISSION } from '../../content/authored/sampleMission';
import { emptyProgress, recordCommand, recordStart } from '../../content/missions/progress';
import { initI18n } from '../../i18n';
import { buildSessionExport, cleanName } from './sessionExport';
import { emptyLog, recordCommand as logCommand } from './sessionLog';
import { durationText, mdCode, mdText, sessionMarkdown, wallText } from './sessionMarkdown';
import { sampleSession } from './testkit';

const pt = initI18n('pt-BR').t;
const en = initI18n('en').t;

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodes(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? tree.children.flatMap((c) => nodes(c as Nodes)) : [])];
}

function textOf(tree: Nodes): string {
  return nodes(tree)
    .map((n) => ('value' in n && n.type === 'text' ? n.value : ''))
    .join('');
}

/** Fragments that become markup in CommonMark or GFM when left as they are. */
const tricky = fc.constantFrom(
  'http://x.io/a',
  'www.a.com',
  'a@b.co',
  '<b>',
  '&amp;',
  '***',
  '~~x~~',
  '[a](b)',
  '![i](x)',
  '\\',
  '`',
  '<https://x.io>',
  '| a |',
);

describe('Markdown text and code', () => {
  it('shows any text literally: no HTML, emphasis, headings or written links (bare web addresses may link)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme-ascii' }), tricky)).map((parts) => parts.join('')),
        (raw) => {
          const tree = parse(`x ${mdText(raw)}`);
          const all = nodes(tree);
          expect(all.every((n) => ['root', 'paragraph', 'text', 'link'].includes(n.type))).toBe(true);
          // GFM links bare addresses after parsing; only web and mail ones, never javascript: or data:.
          for (const n of all) if (n.type === 'link') expect(n.url).toMatch(/^(https?|mailto):/);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the expected text drops control characters
          const expected = `x ${raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/[\r\n\t]+/g, ' ')}`;
          expect(textOf(tree).trim()).toBe(expected.trim());
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('keeps any output inside one code block, whatever fences or backticks it holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('`', '```', '~~~', 'a', '\n', '<b>', ' ', '#'), { maxLength: 40 }),
        (parts) => {
          const body = parts.join('');
          const tree = parse(mdCode(body));
          expect(tree.children).toHaveLength(1);
          const [code] = tree.children;
          expect(code?.type).toBe('code');
          expect(code && 'value' in code ? code.value : null).toBe(
            body.endsWith('\n') ? body.slice(0, -1) : body,
          );
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it('formats wall times and durations for graders', () => {
    expect(wallText('2026-11-29T15:30:02.123Z')).toBe('2026-11-29 15:30:02 UTC');
    expect(wallText(null)).toBe('—');
    expect(durationText(125)).toBe('2 min 5 s');
    expect(durationText(3 * 3600 + 120)).toBe('3 h 2 min');
  });
});

describe('the session as Markdown', () => {
  it('has a summary, the missions table and the commands by mission with their output', () => {
    const md = sessionMarkdown(sampleSession(), pt);
    expect(md).toContain('# Sessão DriftLab — Ana Souza');
    expect(md).toContain('- Semente: 7');
    expect(md).toContain(
      '| Conheça a frota | Resolvida | 1 | 2 | 0 | não | 2 min 50 s | 2026-11-29 15:03:00 UTC |',
    );
    expect(md).toContain('| Uma atualização no lugar | Em andamento | 1 | 0 | 0 | não | 6 min 30 s | — |');
    expect(md).toContain('### Fora das missões');
    expect(md).toContain('```console\n$ nginx -t\nnginx: [emerg] unknown directive "ssl"\n```');
    expect(md).toContain('**5. código de saída 1 · 2026-11-29 15:21:30 UTC · bastion**');
    const tree = parse(md);
    expect(nodes(tree).filter((n) => n.type === 'code')).toHaveLength(5);
    expect(nodes(tree).filter((n) => n.type === 'table')).toHaveLength(1);
  });

  it("names the instructor's mission by its title, marked as theirs, in the table and the log", () => {
    let progress = recordStart(emptyProgress(7), SAMPLE_MISSION.id, 1000);
    progress = recordCommand(progress, 2000, true);
    const log = logCommand(emptyLog(new Date('2026-11-29T15:00:00.000Z')), {
      line: 'sudo systemctl restart loja',
      output: '',
      exitCode: 0,
      at: new Date('2026-11-29T15:01:00.000Z'),
      mission: SAMPLE_MISSION.id,
      host: 'web-01',
    });
    const session = buildSessionExport({ name: 'Ana', log, progress, locale: 'pt-BR', now: new Date() });
    const md = sessionMarkdown(session, pt, [SAMPLE_MISSION]);
    expect(md).toContain('| Mais workers na web-01 (missão do instrutor) | Resolvida | 1 | 1 |');
    expect(md).toContain('### Mais workers na web-01 (missão do instrutor)');
    // Without the mission at hand (another browser), its id stands in.
    expect(sessionMarkdown(session, pt)).toContain('| minha-missao | Resolvida |');
  });

  it('speaks English when asked, and says when commands or outputs were left out', () => {
    const session = { ...sampleSession(), locale: 'en' as const };
    const md = sessionMarkdown(
      { ...session, log: { ...session.log, droppedCommands: 12, cutOutputs: 3 } },
      en,
    );
    expect(md).toContain('| Meet the fleet | Solved |');
    expect(md).toContain('# DriftLab session — Ana Souza');
    expect(md).toContain('Older commands left out by the limit: 12');
    expect(md).toContain('Outputs cut by the limit: 3');
    expect(md).toContain('Log limits: the last 1000 commands');
  });

  it('never turns a hostile name, command or output into markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) ```';
    let log = emptyLog(new Date('2026-11-29T15:00:00.000Z'));
    log = logCommand(log, {
      line: hostile,
      output: `${hostile}\n\`\`\`\u001b[31m\n# not a heading`,
      exitCode: 0,
      at: new Date('2026-11-29T15:00:01.000Z'),
      mission: null,
      host: '<b>h</b>',
    });
    const session = { ...sampleSession(hostile), log, locale: 'en' as const };
    const tree = parse(sessionMarkdown(session, en));
    const kinds = new Set(nodes(tree).map((n) => n.type));
    expect(kinds.has('html')).toBe(false);
    expect(kinds.has('link')).toBe(false);
    expect(
      nodes(tree)
        .filter((n) => n.type === 'heading')
        .map((n) => textOf(n)),
    ).toEqual([
      `DriftLab session — ${cleanName(hostile)}`,
      'Missions',
      'Commands by mission',
      'Outside the missions',
    ]);
    const code = nodes(tree).find((n) => n.type === 'code');
    expect(code && 'value' in code ? code.value : '').toBe(
      `$ ${hostile}\n${hostile}\n\`\`\`\n# not a heading`,
    );
  });
});
