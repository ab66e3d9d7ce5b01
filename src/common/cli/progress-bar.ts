/** A one-line progress bar on stderr, redrawn in place: `stage [#####-----]  50% 5/10`. */
export function progressBar(stage: string, done: number, total: number): void {
  const width = 30;
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  process.stderr.write(`\r${stage.padEnd(20)} [${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}
