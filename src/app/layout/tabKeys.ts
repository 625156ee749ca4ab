/**
 * Keyboard movement in a tab list (WAI-ARIA APG "Tabs" pattern): arrows move to the previous or next tab,
 * wrapping round, Home and End to the first and last. Returns the index to select, or null for other keys.
 */
export function tabIndexForKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
