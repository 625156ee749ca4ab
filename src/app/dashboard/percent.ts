/**
 * `part` of `whole` as a percentage with at most one decimal, the way Intl's percent style prints it in the
 * app's two languages ("12,5%" in pt-BR, "12.5%" in English). Hand-made because building the first
 * Intl.NumberFormat loads ICU's number data: about 40 ms on the first render, for one figure. Rounding is
 * half up on the exact fraction (integers only, so 3 of 80 is 3.8%, not the float's 3.7%).
 */
export function formatPercent(part: number, whole: number, language: string): string {
  if (whole <= 0) return '100%';
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  const decimal = tenths % 10;
  const separator = language.startsWith('pt') ? ',' : '.';
  return `${Math.floor(tenths / 10)}${decimal === 0 ? '' : `${separator}${decimal}`}%`;
}
