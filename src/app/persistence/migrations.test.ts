import { describe, expect, it } from 'vitest';
import { SESSION_VERSION } from './format';
import { addMissions, migrateBody } from './migrations';

describe('session migrations', () => {
  it('version 1 gains missions: null and keeps everything else', () => {
    const v1 = { shell: { lastExit: 0 }, commandCount: 3 };
    expect(addMissions(v1)).toEqual({ ...v1, missions: null });
    expect(migrateBody(v1, 1)).toEqual({ ok: true, body: { ...v1, missions: null } });
  });

  it('a current body passes through untouched', () => {
    const body = { any: 'thing' };
    expect(migrateBody(body, SESSION_VERSION)).toEqual({ ok: true, body });
  });

  it('fails, without throwing, on a body that is not an object or a version with no step', () => {
    expect(migrateBody('text', 1)).toMatchObject({ ok: false });
    expect(migrateBody(null, 1)).toMatchObject({ ok: false });
    expect(migrateBody({}, 0)).toEqual({ ok: false, detail: 'no migration from version 0' });
  });
});
