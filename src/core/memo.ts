/**
 * Remembering the answers of a pure text function. Every file a school sends repeats the
 * form's few hundred labels and units, so the answers repeat too; the bound (entries and
 * key length) keeps a hostile file from growing the memory without end.
 */
export function boundedMemo<T>(fn: (text: string) => T, limit: number, maxKeyLength: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = fn(text);
      if (text.length <= maxKeyLength) {
        if (memo.size >= limit) memo.clear();
        memo.set(text, out);
      }
    }
    return out;
  };
}
