import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../events/kinds';
import { advanceClock, scheduleEvent } from '../events/schedule';
import { commit, createHistory, type History, present, redo, undo } from '../history/history';
import type { World } from '../model/types';
import { writeFile } from '../ops/files';
import { aptInstall } from '../ops/packages';
import { startService, stopService } from '../ops/services';
import { versionsOf } from '../packages';
import { frotaWorld } from '../scenarios';
import { validateWorld } from '../schema/parse';
import { serializeWorld } from '../schema/serialize';
import { createEvaluator, type Evaluator, evaluateFleet } from './evaluator';

/**
 * Model-based test of the engine as the app drives it: random operations over `frota`, each committed to the
 * history, with undo and redo in between. After every step the world validates against the schema, the
 * incremental evaluation equals a fresh one, and undo gives back exactly the world saved at that step.
 */

const NOW = Date.UTC(2026, 10, 29, 9);
const HOSTS = ['bastion', 'lb-01', 'web-01', 'web-02', 'web-03', 'db-01', 'stg-web-01', 'stg-db-01'];
const PATHS = [
  '/etc/loja/loja.ini',
  '/etc/nginx/nginx.conf',
  '/etc/hosts',
  '/etc/motd',
  '/etc/nginx/conf.d/x.conf',
];
const PACKAGES = ['nginx', 'libssl3', 'curl', 'loja', 'python3'];
const UNITS = ['nginx', 'loja', 'postgresql', 'cron', 'ssh'];
const root = { user: 'root', command: 'model' };

interface Model {
  index: number;
  size: number;
}

interface Real {
  history: History;
  evaluator: Evaluator;
  /** The saved form of every step, taken when it was committed: undo must give it back unchanged. */
  saved: string[];
}

function check(real: Real): void {
  const world = present(real.history);
  expect(validateWorld(world)).toEqual({ ok: true });
  expect(real.evaluator.evaluate(world)).toEqual(evaluateFleet(world));
  expect(serializeWorld(world)).toBe(real.saved[real.history.index]);
}

/** A command that changes the world, then commits the result as one step. */
class Change implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly apply: (world: World) => World,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const before = real.history;
    const world = this.apply(present(before));
    real.history = commit(before, world, this.label);
    if (real.history !== before) {
      real.saved = [...real.saved.slice(0, before.index + 1), serializeWorld(world)];
      model.index += 1;
      model.size = model.index + 1;
    }
    check(real);
  }
  toString(): string {
    return this.label;
  }
}

class Undo implements fc.Command<Model, Real> {
  check(model: Readonly<Model>): boolean {
    return model.index > 0;
  }
  run(model: Model, real: Real): void {
    real.history = undo(real.history);
    model.index -= 1;
    expect(real.history.index).toBe(model.index);
    check(real);
  }
  toString(): string {
    return 'undo';
  }
}

class Redo implements fc.Command<Model, Real> {
  check(model: Readonly<Model>): boolean {
    return model.index < model.size - 1;
  }
  run(model: Model, real: Real): void {
    real.history = redo(real.history);
    model.index += 1;
    check(real);
  }
  toString(): string {
    return 'redo';
  }
}

const host = fc.constantFrom(...HOSTS);

const commands = [
  fc
    .tuple(host, fc.constantFrom(...PATHS), fc.string({ maxLength: 40 }))
    .map(
      ([h, path, text]) =>
        new Change(`write ${h}:${path}`, (w) => writeFile(w, h, path, `${text}\n`, root).world),
    ),
  fc.tuple(host, fc.constantFrom(...PACKAGES), fc.nat(6)).map(([h, name, i]) => {
    const versions = versionsOf(name);
    const version = versions[i % Math.max(1, versions.length)];
    return new Change(`install ${h} ${name}=${version}`, (w) =>
      version
        ? aptInstall(w, h, [{ name, version }], { actor: root, assumeYes: true, allowDowngrades: true }).world
        : w,
    );
  }),
  fc
    .tuple(host, fc.constantFrom(...UNITS), fc.boolean())
    .map(
      ([h, unit, on]) =>
        new Change(
          `${on ? 'start' : 'stop'} ${h} ${unit}`,
          (w) => (on ? startService : stopService)(w, h, unit, root).world,
        ),
    ),
  fc
    .tuple(fc.constantFrom(...EVENT_KINDS), host)
    .map(
      ([kind, h]) =>
        new Change(`event ${kind} ${h}`, (w) =>
          advanceClock(
            scheduleEvent(w, { id: `${kind}-${w.now}`, at: w.now + 60_000, kind, host: h, params: {} }),
            120_000,
          ),
        ),
    ),
  fc
    .integer({ min: 1, max: 200 * 86_400_000 })
    .map((ms) => new Change(`wait ${ms}`, (w) => advanceClock(w, ms))),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
];

describe('engine model', () => {
  it('keeps every world valid, evaluations incremental-exact and undo exact', () => {
    const world = frotaWorld({ seed: 5, now: NOW });
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 25 }), (cmds) => {
        const real: Real = {
          history: createHistory(world),
          evaluator: createEvaluator(),
          saved: [serializeWorld(world)],
        };
        real.evaluator.evaluate(world);
        fc.modelRun(() => ({ model: { index: 0, size: 1 }, real }), cmds);
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
