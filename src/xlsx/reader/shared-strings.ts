/** `xl/sharedStrings.xml`: the table `t="s"` cells index into. */
import { fail } from "./failure";
import type { PartReader } from "./parts";
import { decodeEscapes, detach } from "./text";
import type { ZipEntry } from "./zip";

/**
 * A string longer than a cell may hold, in place of its text: the reader refuses it when a
 * cell uses it, naming that cell, and holds none of it meanwhile.
 */
export const TOO_LONG = null;

/** The table `t="s"` cells index into. */
export type SharedStrings = readonly (string | typeof TOO_LONG)[];

/**
 * Collects the text of one string item: plain `<t>` or the `<t>` of each rich-text run,
 * leaving out phonetic guides (`<rPh>`), which are not part of the value. Shared by the
 * shared-string table and inline strings (`<is>`), which have the same shape.
 */
export class StringItem {
  private depthInPhonetic = 0;
  private capturing = false;
  private text = "";
  private tooLong = false;

  constructor(private readonly maxLength: number) {}

  reset(): void {
    this.depthInPhonetic = 0;
    this.capturing = false;
    this.text = "";
    this.tooLong = false;
  }

  /** Returns true when the element belonged to a string item. */
  open(local: string): boolean {
    if (local === "t") this.capturing = this.depthInPhonetic === 0;
    else if (local === "rPh") this.depthInPhonetic++;
    else return false;
    return true;
  }

  close(local: string): void {
    if (local === "t") this.capturing = false;
    else if (local === "rPh") this.depthInPhonetic--;
  }

  add(text: string): void {
    if (!this.capturing || this.tooLong) return;
    this.text += text;
    // An escape is at most 7 characters for one: past this the decoded text is too long
    // as well, so a huge string is let go before it is built.
    if (this.text.length > this.maxLength * 7) {
      this.tooLong = true;
      this.text = "";
    }
  }

  value(): string | typeof TOO_LONG {
    if (this.tooLong) return TOO_LONG;
    // Let go of the text at once: it is cut from the part's text, and what holds it past
    // the file (measured: a young-generation collection promoting it) holds the whole part.
    const value = decodeEscapes(this.text);
    this.text = "";
    return value.length > this.maxLength ? TOO_LONG : detach(value);
  }
}

export function readSharedStrings(reader: PartReader, entry: ZipEntry): SharedStrings {
  const { maxSharedStrings, maxStringLength } = reader.limits;
  const strings: (string | typeof TOO_LONG)[] = [];
  const item = new StringItem(maxStringLength);
  let inItem = false;
  reader.parseXml(entry, {
    open(tag) {
      const local = tag.local;
      if (local === "si") {
        if (strings.length >= maxSharedStrings) fail("read.too-many-strings", { limit: maxSharedStrings });
        inItem = true;
        item.reset();
      } else if (inItem) item.open(local);
    },
    close(local) {
      if (local === "si") {
        strings.push(item.value());
        inItem = false;
      } else if (inItem) item.close(local);
    },
    text(text) {
      if (inItem) item.add(text);
    },
  });
  return strings;
}
