import { renderTemplate } from '../../core';
import type { ShellLocale, ShellState } from '../types';
import { EN, type MessageKey } from './en';
import { PT_BR } from './ptBR';

/** Each language's table of the lab's messages (the app's i18next stays in the app: the shell is pure). */
export const MESSAGES: Record<ShellLocale, Record<MessageKey, string>> = { 'pt-BR': PT_BR, en: EN };

type Plural<K> = K extends `${infer Base}_one` ? Base : never;
/** A message with `_one`/`_other` forms, said with `sayCount`. */
export type CountKey = Plural<MessageKey>;
/** A message with one form. */
export type PlainKey = Exclude<MessageKey, `${string}_one` | `${string}_other`>;

type Params = Readonly<Record<string, string | number>>;

/** The learner's language for this command: pt-BR unless the app said otherwise. */
export function shellLocale(state: Pick<ShellState, 'locale'>): ShellLocale {
  return state.locale === 'en' ? 'en' : 'pt-BR';
}

function render(template: string, params: Params): string {
  return renderTemplate(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

export function say(state: Pick<ShellState, 'locale'>, key: PlainKey, params: Params = {}): string {
  return render(MESSAGES[shellLocale(state)][key], params);
}

/**
 * A counted message: `_one` for 1, `_other` for every other count — zero included, which reads as a plural
 * in both languages ("0 steps", "0 passos"). `{{count}}` is the count.
 */
export function sayCount(
  state: Pick<ShellState, 'locale'>,
  key: CountKey,
  count: number,
  params: Params = {},
): string {
  const form: MessageKey = `${key}_${count === 1 ? 'one' : 'other'}`;
  return render(MESSAGES[shellLocale(state)][form], { ...params, count });
}
