/**
 * Names a form by the set of fields it has, so that a reload, a changed query string or a re-rendered page
 * finds the same draft while two different forms on one site do not share one. FNV-1a over the sorted paths.
 */
export function formFingerprint(paths: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of [...new Set(paths)].sort().join('\n')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The page path a draft is filed under: no query, no fragment, no trailing slash. */
export function draftPath(location: Location): string {
  return location.pathname.replace(/\/+$/, '') || '/';
}
