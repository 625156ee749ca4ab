// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../../content';
import { initI18n } from '../../i18n';
import { useAppStore } from '../store';
import { focusMissionTitle } from './focusMission';
import { GuidePane } from './GuidePane';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initial = useAppStore.getState();
const store = () => useAppStore.getState();
let container: HTMLDivElement;
let root: Root;

/** What a lesson link does (`useMissionLinks`): ask for the mission, and for the keyboard on its title. */
function followLink(id: string) {
  act(() => {
    store().requestMission(id);
    focusMissionTitle(id);
  });
}

/** The missions' panel is lazy: lets its chunk resolve (a first import compiles it) and React commit it. */
async function settle() {
  for (let i = 0; i < 400 && !container.querySelector('[data-testid="missions-panel"]'); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  }
}

const title = () => container.querySelector<HTMLElement>('#active-mission-title');
const switchDialog = () =>
  [...document.querySelectorAll('dialog')].find((d) => d.textContent?.includes('Switch missions?'));
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

beforeEach(() => {
  useAppStore.setState(initial, true);
  store().hydrateMissions(emptyProgress(7));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <I18nextProvider i18n={initI18n('en')}>
        <GuidePane />
      </I18nextProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the keyboard after a mission starts from the lesson', () => {
  it('lands on the mission’s title once the panel, never shown before, has mounted', async () => {
    expect(container.querySelector('[data-testid="missions-panel"]')).toBeNull();
    followLink('meet-the-fleet');
    await settle();
    expect(title()?.textContent).toBe('Meet the fleet');
    expect(document.activeElement).toBe(title());
    expect(store().missionFocus).toBeNull();
  });

  it('waits while the title sits in a hidden tab, and takes the keyboard when the tab is shown', async () => {
    act(() => store().setGuideTab('missions'));
    await settle();
    act(() => store().setGuideTab('lesson'));
    act(() => {
      void store().runCommand('mission start meet-the-fleet');
      focusMissionTitle('meet-the-fleet');
    });
    expect(document.activeElement).not.toBe(title());
    expect(store().missionFocus).toBe('meet-the-fleet');
    act(() => store().setGuideTab('missions'));
    expect(document.activeElement).toBe(title());
  });

  it('after “switch missions?”: the kept mission’s title when staying, the new one’s when switching', async () => {
    act(() => void store().runCommand('mission start meet-the-fleet'));
    act(() => void store().runCommand('ls'));
    const link = document.createElement('a');
    link.href = '#mission/hotfix-drift';
    container.querySelector('#guide-panel-lesson')?.append(link);
    // The link's tab is hidden as the question opens: the browser has let the focus fall to the body.
    followLink('hotfix-drift');
    await settle();
    expect(document.activeElement).toBe(document.body);
    expect(switchDialog()?.open).toBe(true);
    expect(document.activeElement).not.toBe(title());

    act(() => button('Stay in “Meet the fleet”').click());
    expect(switchDialog()?.open).toBe(false);
    expect(title()?.textContent).toBe('Meet the fleet');
    expect(document.activeElement).toBe(title());

    act(() => store().setGuideTab('lesson'));
    link.focus();
    followLink('hotfix-drift');
    act(() => button('Start “The hotfix that drifted”').click());
    expect(title()?.textContent).toBe('The hotfix that drifted');
    expect(document.activeElement).toBe(title());
  });

  it('gives the focus back to the control that asked when it is still shown', async () => {
    act(() => store().setGuideTab('missions'));
    await settle();
    act(() => void store().runCommand('mission start meet-the-fleet'));
    act(() => void store().runCommand('ls'));
    const start = document.querySelector<HTMLButtonElement>('[aria-label="Start: The hotfix that drifted"]');
    start?.focus();
    act(() => {
      start?.click();
    });
    act(() => button('Stay in “Meet the fleet”').click());
    expect(document.activeElement).toBe(start);
    expect(store().missionFocus).toBeNull();
  });
});
