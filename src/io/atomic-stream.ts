import {randomBytes} from 'node:crypto'
import {open, rename, rm, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {utf8Bytes} from '../util/utf8.js'

/**
 * A file written piece by piece that appears whole or not at all: pieces go
 * to a temporary sibling (the naming of write-atomic.ts) through a buffer;
 * `commit` fsyncs and renames it over the target, `abort` removes it.
 */
export class AtomicStream {
  readonly path: string
  readonly temporary: string
  private handle: FileHandle | null = null
  private pieces: Uint8Array[] = []
  private buffered = 0
  bytes = 0

  constructor(
    path: string,
    private readonly limit = 1 << 20
  ) {
    this.path = path
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  }

  async open(): Promise<this> {
    this.handle = await open(this.temporary, 'w')
    return this
  }

  /** Queue text or UTF-8 bytes; resolves once the buffer is flushed when it grew past the limit (backpressure). */
  async write(content: string | Uint8Array): Promise<void> {
    if (content.length === 0) return
    const bytes = typeof content === 'string' ? utf8Bytes(content) : content
    this.pieces.push(bytes)
    this.buffered += bytes.length
    if (this.buffered >= this.limit) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pieces.length === 0) return
    const chunk = Buffer.concat(this.pieces)
    this.pieces = []
    this.buffered = 0
    this.bytes += chunk.length
    await this.handle!.write(chunk)
  }

  async commit(): Promise<void> {
    await this.flush()
    await this.handle!.sync()
    await this.handle!.close()
    this.handle = null
    await rename(this.temporary, this.path)
  }

  async abort(): Promise<void> {
    await this.handle?.close().catch(() => {})
    this.handle = null
    await rm(this.temporary, {force: true})
  }
}
