import en from './grading.en.json';
import ptBR from './grading.pt-BR.json';

/** The learner's files dialog and the class view's strings: each registers them when it loads. */
export const GRADING_STRINGS = { 'pt-BR': ptBR, en } as const;
