import { strToU8, Zip, ZipDeflate } from "fflate";

/** Characters gathered before a part's text is encoded and handed to the compressor. */
const PIECE = 1 << 16;

/**
 * The package as it is made: each part is deflated as its text comes, and the zip's bytes
 * wait in {@link take} for the caller, so neither a part's whole XML nor the whole file
 * ever has to exist at once.
 */
export class ZipSink {
  private out: Uint8Array[] = [];
  private readonly zip: Zip;

  constructor(private readonly level: ZipLevel) {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.out.push(chunk);
    });
  }

  part(name: string): PartWriter {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    return new PartWriter(file);
  }

  /** The bytes made since the last call. */
  take(): Uint8Array[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  end(): void {
    this.zip.end();
  }
}

export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export class PartWriter {
  private text = "";

  constructor(private readonly file: ZipDeflate) {}

  write(xml: string): void {
    this.text += xml;
    if (this.text.length >= PIECE) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.file.push(strToU8(this.text), final);
    this.text = "";
  }
}
