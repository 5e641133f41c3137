/**
 * Where `area` is seen from: the window's scroll and size, the area's place and height in it, and its own scroll.
 * While this stays the same, what an edit did not move is still where it was. (The height catches what moves
 * without an edit, such as an image above that finished loading; it also changes when typing adds a line.)
 */
export function viewKey(area: Element, box: DOMRectReadOnly = area.getBoundingClientRect()): string {
  const win = area.ownerDocument.defaultView;
  return `${win?.scrollX},${win?.scrollY},${win?.innerWidth},${win?.innerHeight},${box.left},${box.top},${box.height},${area.scrollLeft},${area.scrollTop}`;
}
