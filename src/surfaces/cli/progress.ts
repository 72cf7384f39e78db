/**
 * @module surfaces/cli/progress
 *
 * Progress on stderr: a redrawn bar when stderr is a terminal, nothing when
 * it is a file or a pipe (logs should not fill with carriage returns).
 */
export class Progress {
  private readonly enabled: boolean;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly label: string,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.stream = stream;
    this.enabled = Boolean(stream.isTTY) && total > 1;
  }

  private readonly stream: NodeJS.WriteStream;

  update(done: number, detail = '') {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = 28;
    const filled = Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.stream.write(`\r\x1b[2K${this.label} ${bar} ${done}/${this.total} ${detail}`);
  }

  /** Clears the bar so that the next line of log starts clean. */
  done() {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }

  /** Writes a log line above the bar. */
  log(line: string) {
    if (this.enabled) this.stream.write('\r\x1b[2K');
    this.stream.write(`${line}\n`);
  }
}
