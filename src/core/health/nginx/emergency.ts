/** nginx stops at its first `[emerg]`: the reader throws one and the config test turns it into output. */
export class Emergency {
  constructor(
    readonly message: string,
    readonly file?: string,
    readonly line?: number,
  ) {}

  /** The line nginx prints, e.g. `nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4`. */
  get text(): string {
    const where = this.file === undefined ? '' : ` in ${this.file}:${this.line ?? 0}`;
    return `nginx: [emerg] ${this.message}${where}`;
  }
}

export function emerg(message: string, file?: string, line?: number): never {
  throw new Emergency(message, file, line);
}
