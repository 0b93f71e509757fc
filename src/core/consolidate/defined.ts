/** The object without its undefined members: absent, not `undefined`, in the JSON output. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
