// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress, fill, findMission, type GuidedMission, resolveVariables } from '../../content';
import { initI18n, type Locale } from '../../i18n';
import { useAppStore } from '../store';
import MissionsPanel from './MissionsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SEED = 11;
const initial = useAppStore.getState();
const store = () => useAppStore.getState();
let container: HTMLDivElement;
let root: Root;

function show(locale: Locale) {
  act(() => store().setLocale(locale));
  act(() =>
    root.render(
      <I18nextProvider i18n={initI18n(locale)}>
        <MissionsPanel />
      </I18nextProvider>,
    ),
  );
}
const text = () => container.textContent ?? '';
const run = (line: string) => act(() => void store().runCommand(line));
const button = (name: string | RegExp) =>
  [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );

beforeEach(() => {
  useAppStore.setState(initial, true);
  store().hydrateMissions(emptyProgress(SEED));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the missions panel', () => {
  it('lists every mission with its status in words and the learner’s seed', () => {
    show('pt-BR');
    expect(text()).toContain('Nenhuma missão ativa');
    expect(text()).toContain('Sua semente: 11');
    expect(text().match(/Não iniciada/g)).toHaveLength(8);
    expect(container.querySelector('[aria-label="Começar: Conheça a frota"]')).not.toBeNull();
  });

  it('follows every command: checklist states and reasons, then the debrief, quiz and next mission', () => {
    show('en');
    run('mission start hotfix-drift');
    expect(container.querySelector('h3')?.textContent).toBe('The hotfix that drifted');
    expect(container.querySelector('.checklist__summary')?.textContent).toBe('2 of 3 items done');
    expect(container.querySelectorAll('.check--fail .check__state')[0]?.textContent).toBe('Not yet');
    expect(container.querySelector('.check__reason')?.textContent).not.toBe('');
    expect(text()).not.toContain('Debrief');

    const mission = findMission('hotfix-drift') as GuidedMission;
    const vars = resolveVariables(mission, SEED);
    for (const line of mission.solution) run(fill(line, vars));
    show('pt-BR');
    expect(container.querySelector('.checklist__summary')?.textContent).toContain('Missão cumprida!');
    expect(container.querySelectorAll('.check--pass')).toHaveLength(3);
    expect(text()).toContain('Conversa final');
    expect(text()).toContain(`Comandos: ${mission.solution.length}`);
    expect(button(/^Próxima missão: /)).toBeDefined();

    const question = container.querySelector('[data-testid="quiz-question-0"]');
    const radios = question?.querySelectorAll('input[type="radio"]') ?? [];
    const right = mission.quiz[0]?.options.findIndex((o) => o.correct) ?? -1;
    act(() => (radios[right] as HTMLInputElement).click());
    expect(question?.querySelector('[role="status"]')?.textContent).toBe('✓ Certo!');
    expect(question?.querySelectorAll('.quiz__explanations li')).toHaveLength(radios.length);
    // The quiz speaks of the learner's own servers, never of a placeholder.
    expect(container.querySelector('.quiz__question')?.parentElement?.textContent).not.toContain('{{');
  });

  it('shows hints from the button and the `hint` command in one list', () => {
    show('en');
    run('mission start meet-the-fleet');
    act(() => button(/^Show a hint \(0\/\d\)$/)?.click());
    run('hint');
    expect(container.querySelectorAll('ol.hints li')).toHaveLength(2);
    expect(button(/^Show a hint \(2\/\d\)$/)).toBeDefined();
  });

  it('offers the sandbox’s chaos switches instead of a checklist', () => {
    show('en');
    run('mission start sandbox');
    expect(text()).toContain('Chaos switches');
    expect(text()).not.toContain('{{');
    expect(text()).not.toContain('Checklist');
    expect(button('Show solution')).toBeUndefined();
    const steps = store().history.steps.length;
    act(() => (container.querySelector('[aria-label^="Trigger: "]') as HTMLButtonElement).click());
    expect(store().history.steps).toHaveLength(steps + 1);
    expect(text()).toContain('Triggered: ');
  });
});
