/**
 * A one-line progress display on stderr for scans that take more than a moment: only on a
 * terminal, first drawn after `delayMs`, redrawn at most every `intervalMs`, erased at the end.
 * The total is unknown while the tree is still being walked, so it counts up instead of
 * showing a bar.
 */
export class ProgressLine {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly render: () => string,
    private readonly opts: { delayMs?: number; intervalMs?: number } = {},
  ) {}

  start(): this {
    const delay = this.opts.delayMs ?? 500;
    const every = this.opts.intervalMs ?? 100;
    this.timer = setTimeout(() => {
      this.draw();
      this.timer = setInterval(() => this.draw(), every);
      this.timer.unref();
    }, delay);
    this.timer.unref();
    return this;
  }

  private draw(): void {
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    const width = Math.max((this.stream.columns || 80) - 1, 20);
    const line = `anonymize: ${this.render()} (${secs} s)`.slice(0, width);
    this.stream.write(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  /** Erase the line (before other output to the same terminal); it comes back on the next tick. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }
}
