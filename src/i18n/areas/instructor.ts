import en from './instructor.en.json';
import ptBR from './instructor.pt-BR.json';

/** The instructor panel's strings: its dock and the share-link dialog register them when they load. */
export const INSTRUCTOR_STRINGS = { 'pt-BR': ptBR, en } as const;
