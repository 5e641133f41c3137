/**
 * Whether a path is one of `paths`, inside one, or holds one (a subsection brings in its section). Without
 * `paths` everything is in scope.
 */
export function pathScope(paths: readonly string[] | undefined): (path: string) => boolean {
  if (!paths) return () => true;
  return (path) => paths.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
}
