export { downloadText } from '../../files/download';

/**
 * Reads a chosen file as text, refusing before reading one far larger than any document (a UTF-8 byte is at
 * least one character, so `maxChars * 4` bytes bounds it from above).
 */
export async function readTextFile(file: File, maxChars: number): Promise<string | 'TOO_LARGE'> {
  if (file.size > maxChars * 4) return 'TOO_LARGE';
  return file.text();
}
