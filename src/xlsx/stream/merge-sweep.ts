import type { Box } from "../writer/ranges";

/**
 * The merged areas crossing each row, for rows asked in increasing order: an area is taken
 * in at its top row and let go of past its bottom, each row's list in the sheet's order.
 */
export class MergeSweep {
  private readonly byTop: number[];
  private taken = 0;
  private row = 0;
  private active: Box[] = [];
  private activeAt: number[] = [];

  constructor(private readonly merges: readonly Box[]) {
    this.byTop = merges.map((_, i) => i).sort((a, b) => merges[a]!.top - merges[b]!.top || a - b);
  }

  at(r: number): readonly Box[] {
    if (r === this.row) return this.active;
    if (r < this.row) throw new Error(`Row ${r} asked after row ${this.row}`);
    this.row = r;
    let changed = false;
    let at = this.activeAt;
    if (at.some((i) => this.merges[i]!.bottom < r)) {
      at = at.filter((i) => this.merges[i]!.bottom >= r);
      changed = true;
    }
    while (this.taken < this.byTop.length && this.merges[this.byTop[this.taken]!]!.top <= r) {
      const i = this.byTop[this.taken++]!;
      if (this.merges[i]!.bottom < r) continue;
      if (!changed) at = [...at];
      at.push(i);
      changed = true;
    }
    if (changed) {
      at.sort((a, b) => a - b);
      this.activeAt = at;
      this.active = at.map((i) => this.merges[i]!);
    }
    return this.active;
  }
}
