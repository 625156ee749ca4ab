/**
 * The columns xterm will have, estimated while its light stand-in is on screen. A mission started from
 * the lesson before xterm loads writes its briefing then, wrapped at word boundaries to the shell's idea
 * of the width; with the default 80 columns, a narrower terminal would break that text again mid-word.
 */

/** xterm's fit addon keeps this many pixels for the scrollbar (xterm 6's default scrollbar width). */
const SCROLLBAR_PX = 14;

/**
 * Columns of `cellWidth` that fit in `contentWidth` pixels next to xterm's scrollbar, one fewer for safety:
 * a guess one column short wraps a line a little early; one column long would break a word.
 */
export function estimateColumns(contentWidth: number, cellWidth: number): number | null {
  if (!(contentWidth > 0) || !(cellWidth > 0)) return null;
  return Math.max(20, Math.floor((contentWidth - SCROLLBAR_PX) / cellWidth) - 1);
}

let canvas: HTMLCanvasElement | null = null;

/** The width of one character cell in `element`'s font, as xterm measures it (a run of wide glyphs). */
function cellWidthOf(element: Element): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return 0;
  const style = getComputedStyle(element);
  context.font = `${style.fontSize} ${style.fontFamily}`;
  return context.measureText('W'.repeat(32)).width / 32;
}

/** Columns xterm would fit into `host` (its content box, text in `text`'s font); null when not laid out. */
export function measureColumns(host: HTMLElement, text: Element): number | null {
  const style = getComputedStyle(host);
  const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
  return estimateColumns(host.clientWidth - (Number.isFinite(padding) ? padding : 0), cellWidthOf(text));
}
