// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { PaneErrorBoundary } from './PaneErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A pane body that throws while `fuse.lit` is true: a crash on demand. */
const fuse = { lit: false };
function Bomb() {
  if (fuse.lit) throw new Error('boom: the pane broke');
  return <p data-testid="bomb">working</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" data-testid="counter" onClick={() => setCount((c) => c + 1)}>
      {count}
    </button>
  );
}

function Panes({ crash }: { crash: number }) {
  return (
    <>
      <section>
        <PaneErrorBoundary pane="Terminal">
          <Bomb key={crash} />
        </PaneErrorBoundary>
      </section>
      <section>
        <PaneErrorBoundary pane="Painel da frota">
          <Counter />
        </PaneErrorBoundary>
      </section>
    </>
  );
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  fuse.lit = false;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container, { onCaughtError: () => undefined });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const render = (crash: number) =>
  act(() =>
    root.render(
      <I18nextProvider i18n={initI18n('pt-BR')}>
        <Panes crash={crash} />
      </I18nextProvider>,
    ),
  );

const q = (selector: string) => container.querySelector<HTMLElement>(selector);

describe('PaneErrorBoundary', () => {
  it('shows a translated message and a reload action when its pane crashes; the other pane keeps working', () => {
    render(0);
    expect(q('[data-testid="bomb"]')?.textContent).toBe('working');

    fuse.lit = true;
    render(1);
    const alert = q('[role="alert"]');
    expect(alert?.textContent).toContain('O painel “Terminal” encontrou um erro e parou.');
    expect(alert?.textContent).toContain('Os outros painéis continuam funcionando');
    expect(alert?.textContent).toContain('boom: the pane broke');
    expect(q('[data-testid="bomb"]')).toBeNull();

    const counter = q('[data-testid="counter"]');
    act(() => counter?.click());
    act(() => counter?.click());
    expect(q('[data-testid="counter"]')?.textContent).toBe('2');

    fuse.lit = false;
    const reload = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Recarregar'),
    );
    expect(reload).toBeDefined();
    act(() => reload?.click());
    expect(q('[data-testid="bomb"]')?.textContent).toBe('working');
    expect(q('[role="alert"]')).toBeNull();
    expect(q('[data-testid="counter"]')?.textContent).toBe('2');
  });

  it('catches the pane crashing again after a reload', () => {
    fuse.lit = true;
    render(0);
    const reload = () =>
      [...container.querySelectorAll('button')].find((b) => b.textContent?.includes('Recarregar'));
    act(() => reload()?.click());
    expect(q('[role="alert"]')).not.toBeNull();
    expect(q('[data-testid="counter"]')).not.toBeNull();
  });
});
