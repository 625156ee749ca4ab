import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateWorld } from '../../core/schema/parse';
import { MISSION_DATA, MISSIONS } from './registry';
import { type Localized, type Mission, MissionSchema } from './schema';
import { startMission } from './start';
import { fill, resolveVariables } from './variables';

/** Every `{ 'pt-BR', en }` text in a mission, with where it sits. */
function texts(value: unknown, path = ''): { path: string; text: Localized }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('pt-BR') && keys.includes('en'))
    return [{ path, text: value as Localized }];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Names a text may use besides the mission's variables: `found`/`hosts` in reasons, `host` in `every-host`. */
const BUILT_IN = new Set(['found', 'hosts', 'host']);

function lesson(locale: 'pt-BR' | 'en'): string {
  return readFileSync(new URL(`../lesson/${locale}.md`, import.meta.url), 'utf8');
}

/** The mission ids each `##` section of a lesson links to, section 1 first. */
function linksBySection(markdown: string): string[][] {
  return markdown
    .split(/^## /m)
    .slice(1)
    .map((section) => [...section.matchAll(/\(#mission\/([a-z0-9-]+)\)/g)].map((m) => m[1] ?? ''));
}

describe('mission content', () => {
  it('validates against the schema, mission by mission', () => {
    for (const raw of MISSION_DATA) expect(MissionSchema.safeParse(raw).error, raw.id).toBeUndefined();
    expect(MISSIONS).toHaveLength(MISSION_DATA.length);
  });

  it('has unique ids and a unique place in the arc', () => {
    expect(new Set(MISSIONS.map((m) => m.id)).size).toBe(MISSIONS.length);
    expect(MISSIONS.map((m) => m.order)).toEqual(MISSIONS.map((_, i) => i + 1));
  });

  it.each(MISSIONS.map((m) => [m.id, m] as const))(
    '%s says everything in both languages, with the same placeholders',
    (_, mission) => {
      const all = texts(mission);
      expect(all.length).toBeGreaterThan(10);
      for (const { path, text } of all) {
        // Identical only when it is a bare code span (`MODIFIED`), which no language translates.
        if (!/^`[^`]+`$/.test(text.en)) expect(text['pt-BR'], path).not.toBe(text.en);
        expect(placeholders(text['pt-BR']), path).toEqual(placeholders(text.en));
      }
    },
  );

  it.each(MISSIONS.map((m) => [m.id, m] as const))('%s only uses variables it declares', (_, mission) => {
    const declared = new Set(Object.keys(mission.variables));
    const used = JSON.stringify(mission).matchAll(/\{\{(\w+)\}\}/g);
    for (const [, name] of used)
      expect(declared.has(name ?? '') || BUILT_IN.has(name ?? ''), name).toBe(true);
  });

  it.each(MISSIONS.map((m) => [m.id, m] as const))(
    '%s leaves no placeholder unfilled in what it types',
    (_, mission) => {
      const lines = (m: Mission) => [
        ...m.setup.flatMap((s) =>
          'run' in s ? [s.host, ...s.run] : [s.event.host, ...Object.values(s.event.params ?? {})],
        ),
        ...(m.kind === 'mission' ? [...m.solution, ...m.alternativeSolution] : []),
      ];
      for (const seed of [1, 2, 3]) {
        const vars = resolveVariables(mission, seed);
        for (const line of lines(mission)) expect(fill(line, vars), line).not.toMatch(/\{\{/);
      }
    },
  );
});

describe('start states', () => {
  it.each(MISSIONS.map((m) => [m.id, m] as const))(
    '%s starts in a world the engine can save and restore',
    (_, mission) => {
      expect(validateWorld(startMission(mission, 11).world)).toEqual({ ok: true });
    },
  );
});

describe('the lesson and the missions', () => {
  it.each(['pt-BR', 'en'] as const)(
    'every mission the %s lesson links to exists, and every mission is linked',
    (locale) => {
      const linked = new Set(linksBySection(lesson(locale)).flat());
      expect([...linked].sort()).toEqual(MISSIONS.map((m) => m.id).sort());
    },
  );

  it.each(['pt-BR', 'en'] as const)(
    'each mission practises the sections of the %s lesson that link to it',
    (locale) => {
      const sections = linksBySection(lesson(locale));
      expect(sections).toHaveLength(9);
      for (const mission of MISSIONS) {
        const linking = sections.flatMap((ids, i) => (ids.includes(mission.id) && i < 8 ? [i + 1] : []));
        const own = mission.lessonSections.filter((s) => s < 9);
        expect(linking, mission.id).toEqual(own);
      }
    },
  );
});
