/**
 * Text made into UTF-8 a line at a time, straight into 1 MB buffers that are handed on whole:
 * the CSV and sheet writers never build a long string (V8 keeps every piece of one as a rope
 * node until it is flattened) and never fill more than one buffer at a time.
 */
/** A little over the ZIP's deflate piece (zipFiles.ts), so each chunk is a piece of its own. */
export const CHUNK_BYTES = (1 << 20) + (1 << 16);

export class ByteChunks {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private pos = 0;
  /** Buffers filled and not yet taken; a taken buffer is never written to again. */
  readonly full: Buffer[] = [];

  /** Appends `text` as UTF-8. */
  add(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (this.pos + 3 * text.length > this.buf.length) {
      this.flush();
      if (3 * text.length > this.buf.length) {
        this.full.push(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.pos += this.buf.write(text, this.pos);
  }

  /** Moves what is buffered to `full`. */
  flush(): void {
    if (this.pos === 0) return;
    this.full.push(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
    this.pos = 0;
  }
}
