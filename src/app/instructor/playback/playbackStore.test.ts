import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store';
import { registerKeySink } from '../../terminal/terminalInput';
import { usePlaybackStore } from './playbackStore';

const app = () => useAppStore.getState();
const playback = () => usePlaybackStore.getState();
const initialApp = useAppStore.getState();
const initialPlayback = usePlaybackStore.getState();

/** A terminal that runs the line typed into it on Enter, as xterm's line editor does; it records the lines. */
let typed: string[] = [];
let unregister = () => {};

function until(check: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() - started > ms) reject(new Error('timed out'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

beforeEach(() => {
  useAppStore.setState(initialApp, true);
  usePlaybackStore.setState({ ...initialPlayback, speedIndex: 4 }, true);
  typed = [];
  let line = '';
  unregister = registerKeySink((data) => {
    for (const key of data) {
      if (key === '\r') {
        typed.push(line);
        app().runCommand(line);
        line = '';
      } else if (key === '\x15') line = '';
      else if (key >= ' ') line += key;
    }
  });
});

afterEach(() => {
  playback().pause();
  unregister();
});

const SCRIPT = '# demo\nssh web-01\necho hi | sudo tee /etc/motd\nexit\n';

describe('the playback store', () => {
  it('plays a script to the end, each step typed into the terminal in order', async () => {
    playback().load(SCRIPT);
    expect(playback().script.steps).toHaveLength(3);
    await playback().play();
    expect(typed).toEqual(['ssh web-01', 'echo hi | sudo tee /etc/motd', 'exit']);
    expect(playback().position).toBe(3);
    expect(playback().playing).toBe(false);
    expect(playback().marks).toHaveLength(3);
  });

  it('pauses where it is, goes on from there, and previous undoes the last step', async () => {
    playback().load(SCRIPT);
    const done = playback().play();
    await until(() => playback().position === 2);
    playback().pause();
    await done;
    expect(playback().playing).toBe(false);
    const position = playback().position;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(playback().position).toBe(position);
    expect(position).toBeLessThan(3);

    const changed = app().history.index;
    playback().previous();
    expect(playback().position).toBe(1);
    expect(app().history.index).toBeLessThan(changed);

    await playback().next();
    await playback().next();
    expect(playback().position).toBe(3);
    expect(typed.at(-1)).toBe('exit');
  });

  it('loading another script stops the one playing and starts the new one at its first step', async () => {
    playback().load(SCRIPT);
    const done = playback().play();
    await until(() => playback().position === 1);
    playback().load('echo one\necho two');
    await done;
    expect(playback()).toMatchObject({ position: 0, playing: false, draft: 'echo one\necho two' });
    expect(playback().script.steps).toEqual(['echo one', 'echo two']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(playback().position).toBe(0);
  });
});
