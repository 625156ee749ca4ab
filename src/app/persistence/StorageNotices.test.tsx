// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n, type Locale } from '../../i18n';
import { useAppStore } from '../store';
import { StorageNotices } from './StorageNotices';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
const store = () => useAppStore.getState();

function show(locale: Locale) {
  act(() =>
    root.render(
      <I18nextProvider i18n={initI18n(locale)}>
        <StorageNotices />
      </I18nextProvider>,
    ),
  );
}
const notices = () => [...container.querySelectorAll('[data-testid="storage-notice"]')];
const press = (el: Element | undefined, index: number) =>
  act(() => el?.querySelectorAll('button')[index]?.click());
const buttons = (el: Element) => [...el.querySelectorAll('button')].map((b) => b.textContent);

beforeEach(() => {
  useAppStore.setState({ storageNotices: [] });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('storage notices', () => {
  it('say in English what happened to a corrupt save and where the backup is, as an alert', () => {
    act(() =>
      store().addStorageNotice({
        kind: 'set-aside',
        reason: 'corrupt',
        backupKey: 'driftlab.session.backup.T',
      }),
    );
    show('en');
    const [notice] = notices();
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain('Your saved session could not be read: the saved data is damaged.');
    expect(notice?.textContent).toContain('You are starting a fresh session.');
    expect(notice?.querySelector('code')?.textContent).toBe('driftlab.session.backup.T');
    expect(buttons(notice as Element)).toEqual(['Dismiss']);
  });

  it('word every kind in both languages, a migration as a status', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      act(() => useAppStore.setState({ storageNotices: [] }));
      act(() => {
        store().addStorageNotice({ kind: 'migrated', from: 1, backupKey: 'k' });
        store().addStorageNotice({ kind: 'quota' });
        store().addStorageNotice({ kind: 'unavailable' });
        store().addStorageNotice({ kind: 'too-large' });
        for (const reason of ['invalid', 'future', 'oversized'] as const)
          store().addStorageNotice({ kind: 'set-aside', reason, backupKey: 'k' });
      });
      show(locale);
      const all = notices();
      expect(all).toHaveLength(7);
      expect(all[0]?.getAttribute('role')).toBe('status');
      for (const n of all) expect(n.textContent?.length).toBeGreaterThan(40);
      expect(new Set(all.map((n) => n.textContent)).size).toBe(7);
    }
  });

  it('after another tab saved, offer only the two choices; dismissing other notices removes them', () => {
    act(() => {
      store().addStorageNotice({ kind: 'other-tab' });
      store().addStorageNotice({ kind: 'quota' });
    });
    show('pt-BR');
    const [otherTab, quota] = notices();
    expect(buttons(otherTab as Element)).toEqual(['Carregar a sessão da outra aba', 'Salvar por cima']);
    press(quota, 0);
    expect(notices()).toHaveLength(1);
    press(otherTab, 1);
    expect(notices()).toHaveLength(0);
  });

  it('does not repeat a quota notice still shown', () => {
    act(() => {
      store().addStorageNotice({ kind: 'quota' });
      store().addStorageNotice({ kind: 'quota' });
    });
    show('en');
    expect(notices()).toHaveLength(1);
  });
});
