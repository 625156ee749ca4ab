/** Hands `text` to the browser as a file download (no server: a Blob URL revoked right after). */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date for file names, by the wall clock (`2026-11-29`). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
