/** Public API of the simulated bash parser. See README.md. */

export { braceExpand } from './brace';
export { expandAssignment, expandFields, expandWord, expandWords, paramValue } from './expand';
export { formatRedirect, formatScript } from './format';
export { escapeGlob, globToRegExp, hasGlobMagic, matchGlob, unescapeGlob } from './glob';
export { parseLine, plainText } from './parse';
export { quote, quoteArgs } from './quote';
export { SUDO_USAGE, type SudoResult, splitSudo } from './sudo';
export { type ControlOp, type RedirOp, type Token, type TokenizeResult, tokenize } from './tokenize';
export type {
  AndOrList,
  AndOrOp,
  Assignment,
  ExpandContext,
  ExpandedField,
  Fd,
  ParseResult,
  Pipeline,
  Redirect,
  Script,
  Segment,
  SimpleCommand,
  Word,
} from './types';
