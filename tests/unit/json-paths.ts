/** A place in parsed JSON: keys and indexes from the root. */
export type JsonPath = (string | number)[];

/** Every leaf's path in a parsed JSON value: where a fuzzer may put a damaged value. */
export function leafPaths(value: unknown, path: JsonPath = []): JsonPath[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return [path];
}

/** A copy of `value` with the leaf at `path` replaced by `next`; the original is untouched. */
export function replaced(value: unknown, path: JsonPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key!] = replaced(copy[key!], rest, next);
  return copy;
}
