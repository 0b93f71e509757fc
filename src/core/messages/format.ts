/**
 * Fills `{name}` placeholders; a missing param stays visible rather than vanishing.
 * Numbers of five digits and more are grouped the Vietnamese way; shorter whole numbers
 * are not, so that years, row numbers and "1500 người" read naturally.
 */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    if (v === undefined) return whole;
    return typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) < 10000 ? String(v) : formatNumberVi(v)) : v;
  });
}

/** 1500000 → "1.500.000", 2.5 → "2,5": the way Vietnamese readers write numbers. */
export function formatNumberVi(n: number): string {
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (n < 0 ? "-" : "") + grouped + (frac ? "," + frac : "");
}
