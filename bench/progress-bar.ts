// A progress bar on stderr: redrawn in place on a terminal; in a log (CI, a
// file) one line per 10 % instead, so the log stays readable.

const WIDTH = 30;

export class ProgressBar {
  private lastShown = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number): void {
    const percent = Math.floor((100 * done) / this.total);
    // A terminal redraws on every whole percent; a log only on every tenth.
    const step = process.stderr.isTTY ? percent : Math.floor(percent / 10) * 10;
    if (step === this.lastShown) return;
    this.lastShown = step;
    const filled = Math.round((done / this.total) * WIDTH);
    const line = `  ${this.label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${percent}%`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= this.total ? "\n" : ""}`);
    else process.stderr.write(`${line}\n`);
  }
}
