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

/**
 * The page path a draft is filed under: no query, no fragment, no trailing slash. It is the path the document was
 * loaded at (its navigation entry), not `location`'s now: a page script rewrites `location` through the History API
 * at will, and would be offered the draft of any other page of its site.
 */
export function draftPath(): string {
  const [loaded] = performance.getEntriesByType('navigation');
  let path = location.pathname;
  try {
    if (loaded?.name) path = new URL(loaded.name).pathname;
  } catch {
    // An entry without an address (about:blank): the location is all there is.
  }
  return path.replace(/\/+$/, '') || '/';
}
