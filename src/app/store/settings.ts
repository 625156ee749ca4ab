/**
 * The learner's workbench settings: theme, presenter mode and the terminal's screen reader mode. Kept in
 * localStorage as one small JSON record; anything unreadable falls back to the defaults, field by field.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
  /** Large type for projectors, the lesson hidden, a larger terminal font. */
  presenter: boolean;
  /** xterm's screenReaderMode: an accessibility tree of the terminal's rows that screen readers follow. */
  screenReaderMode: boolean;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', presenter: false, screenReaderMode: false };

export const SETTINGS_KEY = 'driftlab.settings';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Reads a saved record, keeping each valid field and defaulting the rest. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return DEFAULT_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const record = value as Record<string, unknown>;
  return {
    theme: THEMES.includes(record.theme as ThemeChoice)
      ? (record.theme as ThemeChoice)
      : DEFAULT_SETTINGS.theme,
    presenter: typeof record.presenter === 'boolean' ? record.presenter : DEFAULT_SETTINGS.presenter,
    screenReaderMode:
      typeof record.screenReaderMode === 'boolean'
        ? record.screenReaderMode
        : DEFAULT_SETTINGS.screenReaderMode,
  };
}

/** The theme actually shown: the system's when the learner has not chosen one. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** Storage that never throws: private modes and full quotas only lose the remembering, never the app. */
export const safeStorage = {
  getItem(key: string): string | null {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem(key: string, value: string): void {
    try {
      if (typeof localStorage !== 'undefined') localStorage.setItem(key, value);
    } catch {
      // Quota exceeded or storage disabled: the setting still applies for this visit.
    }
  },
};
