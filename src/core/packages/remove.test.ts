import { describe, expect, it } from 'vitest';
import { BASE_12_5, WEB_12_5 } from './fixtures/installed';
import { resolveRemove } from './remove';

describe('resolveRemove (apt remove)', () => {
  it('removes a package and the packages left without a dependency', () => {
    const r = resolveRemove(WEB_12_5, ['nginx-common']);
    expect(r).toMatchObject({
      ok: true,
      removals: [
        { name: 'nginx', version: '1.22.1-9', reason: 'dependency' },
        { name: 'nginx-common', version: '1.22.1-9', reason: 'requested' },
        { name: 'nginx-core', version: '1.22.1-9', reason: 'dependency' },
      ],
      essential: [],
    });
  });

  it('an OR-dependency still satisfied by another alternative is kept', () => {
    // logrotate: cron | anacron | cron-daemon | systemd-sysv
    const r = resolveRemove(BASE_12_5, ['cron']);
    expect(r.ok && r.removals.map((x) => x.name)).toEqual(['cron']);
  });

  it('behaviour e: removing an Essential package is flagged (apt asks "Yes, do as I say!")', () => {
    const r = resolveRemove(BASE_12_5, ['bash']);
    expect(r).toMatchObject({ ok: true, essential: ['bash'] });
    expect(resolveRemove(BASE_12_5, ['apt'])).toMatchObject({ ok: true, essential: ['apt'] });
  });

  it('behaviour e: removing a Protected package (here via systemd → systemd-sysv → init) is refused', () => {
    expect(resolveRemove(BASE_12_5, ['systemd'])).toEqual({
      ok: false,
      error: { code: 'E_REMOVE_PROTECTED', params: { names: ['init'] } },
    });
    expect(resolveRemove(BASE_12_5, ['init'])).toMatchObject({
      ok: false,
      error: { code: 'E_REMOVE_PROTECTED' },
    });
  });

  it('unknown → E_UNABLE_TO_LOCATE; known but absent → a note', () => {
    expect(resolveRemove(BASE_12_5, ['foo'])).toEqual({
      ok: false,
      error: { code: 'E_UNABLE_TO_LOCATE', params: { name: 'foo' } },
    });
    expect(resolveRemove(BASE_12_5, ['htop'])).toEqual({
      ok: true,
      removals: [],
      essential: [],
      heldChanged: [],
      notes: [{ code: 'N_NOT_INSTALLED', params: { name: 'htop' } }],
    });
  });

  it('reports held packages it would change', () => {
    const r = resolveRemove(WEB_12_5, ['nginx-core'], { holds: ['nginx'] });
    expect(r.ok && r.heldChanged).toEqual(['nginx']);
  });
});
