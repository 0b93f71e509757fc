/**
 * `xl/styles.xml`, read only as far as number formats: a cell's `s` indexes `cellXfs`,
 * whose `numFmtId` is either declared in `numFmts` or one of Excel's builtin ids.
 */
import { PartMemo } from "./part-memo";
import type { PartReader } from "./parts";
import type { ZipEntry } from "./zip";

/**
 * Builtin formats with a fixed code (ECMA-376 Part 1, 18.8.30). Ids 5–8, 27–36 and 50–81
 * depend on the locale and have no code to give; 0 is General, which carries none.
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format of each cell style (`cellXfs` index); undefined for General. */
export type CellFormats = readonly (string | undefined)[];

export function builtinFormat(id: number): string | undefined {
  return BUILTIN_FORMATS[id];
}

const kept = new PartMemo<CellFormats>();

export function readStyles(reader: PartReader, entry: ZipEntry): CellFormats {
  return reader.reuse(kept, entry, "", () => parseStyles(reader, entry));
}

function parseStyles(reader: PartReader, entry: ZipEntry): CellFormats {
  const declared = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  reader.parseXml(entry, {
    open(tag) {
      const local = tag.local;
      if (local === "numFmts") inNumFmts = !tag.selfClosing;
      else if (local === "cellXfs") inCellXfs = !tag.selfClosing;
      else if (local === "numFmt" && inNumFmts) {
        // numFmt elements also appear inside differential formats (dxfs): those are not cell styles.
        const code = tag.attr("formatCode");
        if (code !== undefined) declared.set(Number(tag.attr("numFmtId")), code);
      } else if (local === "xf" && inCellXfs) xfFormatIds.push(Number(tag.attr("numFmtId") ?? 0));
    },
    close(local) {
      if (local === "numFmts") inNumFmts = false;
      else if (local === "cellXfs") inCellXfs = false;
    },
  });
  return xfFormatIds.map((id) => {
    const code = declared.get(id) ?? builtinFormat(id);
    return code === undefined || code === "General" ? undefined : code;
  });
}
