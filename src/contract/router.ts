/** A parsed location hash: `#/play/<activity>?form=circle` → path ['play', '<activity>'], query form=circle. */
export interface Route {
  readonly path: readonly string[];
  readonly query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const mark = text.indexOf('?');
  const path = (mark < 0 ? text : text.slice(0, mark)).split('/').filter(Boolean).map(decodeSafely);
  return { path, query: new URLSearchParams(mark < 0 ? '' : text.slice(mark + 1)) };
}

/** A hand-typed or cut-short link may hold a broken %-escape ("%E0%A4"): kept as typed rather than thrown. */
function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
