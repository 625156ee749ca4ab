// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { INSTRUCTOR_STRINGS } from '../../i18n/areas/instructor';
import { addAreaStrings } from '../../i18n/areas/register';
import { useAppStore } from '../store';
import { DockResizer } from './DockResizer';
import { DOCK_HEIGHT_KEY, DOCK_MAX, DOCK_MIN, savedDockHeight } from './dockHeight';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initial = useAppStore.getState();
let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(initial, true);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const i18n = initI18n('pt-BR');
  addAreaStrings(i18n, INSTRUCTOR_STRINGS);
  const dock = createRef<HTMLElement>();
  act(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <section ref={dock}>
          <DockResizer dock={dock} />
        </section>
      </I18nextProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const splitter = () => container.querySelector<HTMLElement>('[role="separator"]');
const press = (key: string) =>
  act(() => {
    splitter()?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('the dock’s splitter', () => {
  it('is a named, focusable window splitter with its value in percent', () => {
    const bar = splitter();
    expect(bar?.getAttribute('aria-label')).toBe('Altura das ferramentas do instrutor');
    expect(bar?.tabIndex).toBe(0);
    expect(bar?.getAttribute('aria-valuemin')).toBe('15');
    expect(bar?.getAttribute('aria-valuemax')).toBe('80');
  });

  it('moves with the arrows and Page keys, and stops at Home and End', () => {
    press('End');
    expect(useAppStore.getState().instructorHeight).toBe(DOCK_MAX);
    press('ArrowUp');
    expect(useAppStore.getState().instructorHeight).toBe(DOCK_MAX);
    press('PageDown');
    expect(useAppStore.getState().instructorHeight).toBeCloseTo(DOCK_MAX - 0.1);
    press('ArrowDown');
    expect(useAppStore.getState().instructorHeight).toBeCloseTo(DOCK_MAX - 0.15);
    expect(splitter()?.getAttribute('aria-valuenow')).toBe('65');
    press('Home');
    expect(useAppStore.getState().instructorHeight).toBe(DOCK_MIN);
    press('ArrowDown');
    expect(useAppStore.getState().instructorHeight).toBe(DOCK_MIN);
    press('x');
    expect(useAppStore.getState().instructorHeight).toBe(DOCK_MIN);
  });

  it('remembers the height for the next visit; a saved value out of range or not a number is bounded or ignored', () => {
    press('End');
    expect(localStorage.getItem(DOCK_HEIGHT_KEY)).toBe('0.8');
    expect(savedDockHeight()).toBe(DOCK_MAX);
    localStorage.setItem(DOCK_HEIGHT_KEY, '7');
    expect(savedDockHeight()).toBe(DOCK_MAX);
    localStorage.setItem(DOCK_HEIGHT_KEY, '-1');
    expect(savedDockHeight()).toBe(DOCK_MIN);
    localStorage.setItem(DOCK_HEIGHT_KEY, '<script>');
    expect(savedDockHeight()).toBeNull();
    localStorage.removeItem(DOCK_HEIGHT_KEY);
    expect(savedDockHeight()).toBeNull();
  });
});
