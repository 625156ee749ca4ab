import { frotaGrandeWorld, frotaWorld, type World } from '../core';

/** A starting world the learner or an instructor can pick. */
export interface ScenarioInfo {
  id: string;
  title: { 'pt-BR': string; en: string };
  build(options: { seed: number; now: number }): World;
}

export const SCENARIOS: readonly ScenarioInfo[] = [
  {
    id: 'frota',
    title: { 'pt-BR': 'Frota tradicional (8 servidores)', en: 'Traditional fleet (8 servers)' },
    build: frotaWorld,
  },
  {
    id: 'frota-grande',
    title: { 'pt-BR': 'Frota grande (1.000 servidores)', en: 'Large fleet (1,000 servers)' },
    build: (options) => frotaGrandeWorld(1000, options),
  },
];

export function findScenario(id: string): ScenarioInfo | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** The lab's clock starts at a fixed, readable morning so every session is reproducible. */
export const LAB_START = Date.UTC(2026, 10, 29, 9, 0, 0);
