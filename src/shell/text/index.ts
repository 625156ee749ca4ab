// Public entry point of the text tools: the registry the shell dispatches to, plus the contract.

import { cat } from './cat';
import { cut } from './cut';
import { diff } from './diff';
import { echo } from './echo';
import { grep } from './grep';
import { head } from './head';
import type { TextTool } from './io';
import { printf } from './printf';
import { sed } from './sed';
import { sort } from './sort';
import { tail } from './tail';
import { tee } from './tee';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

export type { FileWrite, ReadError, ReadResult, TextIO, TextResult, TextTool } from './io';
export { cat, cut, diff, echo, grep, head, printf, sed, sort, tail, tee, tr, uniq, wc };

/** Command name -> implementation; `args` exclude the command name. */
export const textTools: Readonly<Record<string, TextTool>> = {
  cat,
  cut,
  diff,
  echo,
  grep,
  head,
  printf,
  sed,
  sort,
  tail,
  tee,
  tr,
  uniq,
  wc,
};
