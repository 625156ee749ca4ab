import type { History } from '../../../core';
import { changedHosts } from '../../store/selectors';

/** What made step `index`: null for the first step (the scenario as it started). */
export function stepLabel(history: History, index: number): string | null {
  if (index <= 0) return null;
  return history.steps[index]?.label ?? null;
}

/** Servers step `index` changed compared with the step before it. */
export function stepChanges(history: History, index: number): string[] {
  const before = history.steps[index - 1]?.world;
  const after = history.steps[index]?.world;
  return before && after ? changedHosts(before, after) : [];
}
