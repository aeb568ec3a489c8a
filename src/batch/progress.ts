/**
 * A one-line progress bar on stderr (files done/total, MB/s, ETA), redrawn
 * at most ten times a second; shown only on a terminal outside CI.
 */
export class Progress {
  private done = 0
  private bytes = 0
  private last = 0
  private readonly started = performance.now()

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr
  ) {}

  static wanted(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): boolean {
    return !quiet && Boolean(stream.isTTY) && !process.env.CI
  }

  tick(bytes: number): void {
    this.done++
    this.bytes += bytes
    if (!this.enabled) return
    const now = performance.now()
    if (now - this.last < 100 && this.done < this.total) return
    this.last = now
    this.draw(now)
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000
    const width = 24
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width)
    const rate = seconds > 0 ? this.bytes / 1e6 / seconds : 0
    const eta = this.done > 0 ? ((this.total - this.done) * seconds) / this.done : 0
    const line =
      `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} files` +
      `  ${rate.toFixed(1)} MB/s  ETA ${formatSeconds(eta)}`
    this.stream.write(`\r${line}\x1b[K`)
  }

  /** Erase the bar. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[K')
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`
}

export interface Summary {
  ok: number
  failed: number
  skipped: number
  records: number
  seconds: number
  bytes: number
  outdir: string
}

/** `kic batch: 998 ok, 2 failed, 0 skipped · 251,334 records · 3.9 s · 14.6 MB/s → out` */
export function formatSummary(summary: Summary): string {
  const rate = summary.seconds > 0 ? summary.bytes / 1e6 / summary.seconds : 0
  return (
    `kic batch: ${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped` +
    ` · ${summary.records.toLocaleString('en')} records · ${summary.seconds.toFixed(1)} s · ${rate.toFixed(1)} MB/s → ${summary.outdir}`
  )
}
