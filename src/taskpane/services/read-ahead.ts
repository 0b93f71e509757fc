/**
 * Reading a check worker's files ahead of checking them, several files in one read: each read
 * of a file from the browser has a fixed cost in the worker and in the browser (a fifth to a
 * quarter of a worker's time at 1,000 files of ~12 KB, read one by one), so the files waiting
 * are read together as one Blob and cut apart, and the next group is read while this one is
 * checked. Within a budget: the files read or being read and not yet checked are at most
 * `maxFiles`, and at most `maxBytes` unless a single file is larger, so a worker's memory does
 * not grow with what the pane sends ahead. A group that cannot be read whole (a file gone or
 * changed since it was chosen) is read again file by file, so each file gets its own bytes or
 * its own error.
 */

/** A file's bytes, or why they could not be had: never a rejection left waiting in a queue. */
export type Read = { bytes: ArrayBuffer } | { error: unknown };

interface Waiting {
  file: Blob;
  settle(read: Read): void;
}

export interface ReadAheadOptions {
  /** Files held at most: read, being read, or not yet released. */
  maxFiles?: number;
  /** Bytes held at most, unless a single file is larger. */
  maxBytes?: number;
  /** Files read together at most. */
  groupFiles?: number;
  /** The files of a group as one Blob (the browser's own by default; tests give theirs). */
  join?: (files: Blob[]) => Blob;
}

export class ReadAhead {
  private readonly waiting: Waiting[] = [];
  private files = 0;
  private bytes = 0;
  private reading = false;
  private scheduled = false;
  private readonly maxFiles: number;
  private readonly maxBytes: number;
  private readonly groupFiles: number;
  private readonly join: (files: Blob[]) => Blob;

  constructor({ maxFiles = 16, maxBytes = 16 * 2 ** 20, groupFiles = 8, join = (files) => new Blob(files) }: ReadAheadOptions = {}) {
    this.maxFiles = Math.max(1, maxFiles);
    this.maxBytes = maxBytes;
    this.groupFiles = Math.max(1, Math.min(groupFiles, this.maxFiles));
    this.join = join;
  }

  /** The file's bytes once read; call `release` with the file when done with them. */
  read(file: Blob): Promise<Read> {
    return new Promise((settle) => {
      this.waiting.push({ file, settle });
      this.schedule();
    });
  }

  /** The file's bytes are no longer held (checked, or dropped): the next read may start. */
  release(file: Blob): void {
    this.files--;
    this.bytes -= file.size;
    this.schedule();
  }

  /** After the current turn: the files asked for in one go (a message's) are read as one group. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** One group read at a time, and only a whole one (as many as wait, up to a group) while files are held. */
  private pump(): void {
    if (this.reading || this.waiting.length === 0) return;
    const whole = Math.min(this.groupFiles, this.waiting.length);
    if (this.files > 0 && this.maxFiles - this.files < whole) return;
    const group: Waiting[] = [];
    let bytes = 0;
    while (group.length < whole) {
      const next = this.waiting[0]!;
      const alone = this.files === 0 && group.length === 0;
      if (!alone && this.bytes + bytes + next.file.size > this.maxBytes) break;
      group.push(this.waiting.shift()!);
      bytes += next.file.size;
    }
    if (group.length === 0) return;
    this.files += group.length;
    this.bytes += bytes;
    this.reading = true;
    void readGroup(group, this.join).then(() => {
      this.reading = false;
      this.pump();
    });
  }
}

/** Settles every file of the group: from one read of them all when it gives each its bytes, else from a read of each. */
async function readGroup(group: Waiting[], join: (files: Blob[]) => Blob): Promise<void> {
  if (group.length > 1) {
    const all = await join(group.map((w) => w.file)).arrayBuffer().catch(() => undefined);
    const sizes = group.reduce((n, w) => n + w.file.size, 0);
    if (all && all.byteLength === sizes) {
      let at = 0;
      for (const { file, settle } of group) settle({ bytes: all.slice(at, (at += file.size)) });
      return;
    }
  }
  await Promise.all(group.map(({ file, settle }) => file.arrayBuffer().then((bytes) => settle({ bytes }), (error: unknown) => settle({ error }))));
}
