/**
 * Texts that recur from file to file (a sheet's name, a date, a form's id, a problem's code
 * and severity), held once however many files say them: each file's copy came out of its
 * own packed record. Bounded, so that texts a hostile inbox makes unique cannot grow it.
 */
const texts = new Map<string, string>();
const MAX_TEXTS = 10_000;

export function sharedText<T extends string | undefined>(s: T): T {
  if (s === undefined) return s;
  const known = texts.get(s);
  if (known !== undefined) return known as T;
  if (texts.size < MAX_TEXTS) texts.set(s, s);
  return s;
}
