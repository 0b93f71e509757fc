/** Today as the user's calendar has it (local time, not UTC), ISO yyyy-mm-dd: the core has no clock. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
