/** Downloads `text` as a file named `name` (no server: a blob URL, revoked once the click is done). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Reads a chosen file as text, refusing before reading one far larger than any document (a UTF-8 byte is at
 * least one character, so `maxChars * 4` bytes bounds it from above).
 */
export async function readTextFile(file: File, maxChars: number): Promise<string | 'TOO_LARGE'> {
  if (file.size > maxChars * 4) return 'TOO_LARGE';
  return file.text();
}
