/** Where a sheet builder collects its cells and merged areas. */
import { a1 } from "../cells";
import type { CellDescription } from "../sheet";

export type Put = (c: CellDescription) => void;
export type Merge = (r1: number, c1: number, r2: number, c2: number) => void;

export function cellSink(): { cells: CellDescription[]; merges: string[]; put: Put; merge: Merge } {
  const cells: CellDescription[] = [];
  const merges: string[] = [];
  return {
    cells,
    merges,
    put: (c) => void cells.push(c),
    merge: (r1, c1, r2, c2) => void merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`),
  };
}
