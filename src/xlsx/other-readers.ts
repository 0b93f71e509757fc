/**
 * The .xls and .ods readers together: what the task pane loads as a chunk of its own
 * (`import("…/other-readers")`) when such a file is picked, and the command line imports.
 */
import type { OtherReaders } from "./other-read";
import { readOdsPackage } from "./ods";
import { readXlsPackage } from "./xls";

export const OTHER_READERS: OtherReaders = { xls: readXlsPackage, ods: readOdsPackage };
