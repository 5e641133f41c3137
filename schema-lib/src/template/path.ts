import type { DeclarationData } from './declaration.js';

/** Reads a dotted path (`sections.overview.content`) from nested declaration data. */
export function getPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Writes a dotted path into nested declaration data, creating the objects on the way. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  // Paths can come from imported files; a key like __proto__ would write into Object.prototype.
  if (keys.some((key) => UNSAFE_KEYS.has(key))) throw new TypeError(`Unsafe path: ${path}`);
  let node = data;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Builds nested declaration data from a flat `{ path: value }` map. */
export function fromFlat(values: Readonly<Record<string, string | readonly string[]>>): DeclarationData {
  const data: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) setPath(data, path, value);
  return data as DeclarationData;
}
