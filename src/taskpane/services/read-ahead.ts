/**
 * Reading a check worker's files ahead of checking them: each read starts as its file
 * arrives, so the browser fetches the next files while the thread checks this one (a read
 * waits on another process; read one after another, the thread idled through every wait).
 * Within a budget: the reads started and not yet checked hold at most `maxFiles` files, and
 * at most `maxBytes` unless a single file is larger, so a worker's memory does not grow with
 * what the pane sends ahead. Two by default, the one being checked and the next: more reads
 * at once crowd the browser's I/O thread, which the pane's thread waits on (synchronously)
 * for every chosen file it sends a worker, measured as tasks of 100 ms on a busy machine.
 */

/** A file's bytes, or why they could not be had: never a rejection left waiting in a queue. */
export type Read = { bytes: ArrayBuffer } | { error: unknown };

interface Waiting {
  file: Blob;
  settle(read: Read): void;
}

export class ReadAhead {
  private readonly waiting: Waiting[] = [];
  private files = 0;
  private bytes = 0;

  constructor(
    private readonly maxFiles = 2,
    private readonly maxBytes = 16 * 2 ** 20,
  ) {}

  /** The file's bytes once read; call `release` with the file when done with them. */
  read(file: Blob): Promise<Read> {
    return new Promise((settle) => {
      this.waiting.push({ file, settle });
      this.pump();
    });
  }

  /** The file's bytes are no longer held (checked, or dropped): the next read may start. */
  release(file: Blob): void {
    this.files--;
    this.bytes -= file.size;
    this.pump();
  }

  private pump(): void {
    while (this.waiting.length > 0 && (this.files === 0 || (this.files < this.maxFiles && this.bytes + this.waiting[0]!.file.size <= this.maxBytes))) {
      const { file, settle } = this.waiting.shift()!;
      this.files++;
      this.bytes += file.size;
      file.arrayBuffer().then(
        (bytes) => settle({ bytes }),
        (error: unknown) => settle({ error }),
      );
    }
  }
}
