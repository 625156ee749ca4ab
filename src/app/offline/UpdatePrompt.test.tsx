// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, type Locale } from '../../i18n';
import { UpdatePrompt } from './UpdatePrompt';
import { connectUpdates, dismissUpdate, STALLED_AFTER_MS, type WorkerHandle } from './updates';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

/** A worker that has a new version waiting, counting the skip-waiting messages. */
function waitingWorker() {
  let waiting: (event: { isExternal?: boolean }) => void = () => {};
  const worker: WorkerHandle & { skipped: number } = {
    skipped: 0,
    addEventListener(type, listener) {
      if (type === 'waiting') waiting = listener;
    },
    messageSkipWaiting() {
      worker.skipped += 1;
    },
  };
  connectUpdates(worker, { reload: () => {}, controlled: () => true });
  act(() => waiting({}));
  return worker;
}

function show(locale: Locale) {
  act(() =>
    root.render(
      <I18nextProvider i18n={initI18n(locale)}>
        <UpdatePrompt />
      </I18nextProvider>,
    ),
  );
}

const prompt = () => container.querySelector('[data-testid="update-prompt"]') as HTMLElement;
/** What a sighted learner sees: every element outside the visually hidden text, with its text. */
const visible = () =>
  [...prompt().querySelectorAll(':scope > :not(.visually-hidden)')].map(
    (el) => `${el.tagName} ${el.textContent}`,
  );
const button = (name: string) =>
  [...prompt().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => dismissUpdate());
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('the update prompt', () => {
  it('keeps its box while the accepted version takes over: same text and buttons, disabled', () => {
    const worker = waitingWorker();
    show('pt-BR');
    const before = visible();
    expect(before).toEqual([
      'SPAN Uma nova versão do DriftLab está pronta.',
      'BUTTON Atualizar agora',
      'BUTTON Depois',
    ]);
    act(() => button('Atualizar agora').click());
    expect(worker.skipped).toBe(1);
    expect(visible(), 'nothing under the pointer may change').toEqual(before);
    expect(button('Atualizar agora').disabled).toBe(true);
    expect(button('Depois').disabled).toBe(true);
    expect(prompt().textContent).toContain('Carregando a nova versão…');
  });

  it('says what to do when the new version has not taken over in time, in both languages', () => {
    waitingWorker();
    show('en');
    act(() => button('Update now').click());
    act(() => vi.advanceTimersByTime(STALLED_AFTER_MS));
    expect(prompt().textContent).toContain('Close every DriftLab tab and open it again.');
    show('pt-BR');
    expect(prompt().textContent).toContain('Feche todas as abas do DriftLab e abra-o de novo.');
    act(() => button('Fechar').click());
    expect(prompt().textContent).toBe('');
  });
});
