/** What every kind's report says about itself, read from where its form was found. */
import type { Located } from "../locate";
import type { CheckContext } from "./result";

export function reportBase(loc: Located, ctx: CheckContext) {
  return {
    version: loc.form.version,
    year: loc.year,
    ...(loc.yearAssumed ? { yearAssumed: true as const } : {}),
    unit: loc.unit,
    ...(loc.header.parent ? { parent: loc.header.parent.text } : {}),
    ...(loc.header.docNumber ? { docNumber: loc.header.docNumber.text } : {}),
    unitsCovered: loc.marker?.units ?? 1,
    ...(loc.header.unit ? {} : { unitFromFileName: true }),
    source: { file: ctx.file, sheet: loc.sheet.name },
  };
}
