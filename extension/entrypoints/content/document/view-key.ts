/**
 * Where `area` is seen from: the window's scroll and size, the area's place and height in it, and its own scroll
 * and content height. While this stays the same, what an edit did not move is still where it was. (The heights
 * catch what moves without an edit, such as an image above that finished loading; one of them also changes when
 * typing adds or removes a line, in an editor that grows or in one that scrolls.)
 */
export function viewKey(area: Element, box: DOMRectReadOnly = area.getBoundingClientRect()): string {
  const win = area.ownerDocument.defaultView;
  return `${win?.scrollX},${win?.scrollY},${win?.innerWidth},${win?.innerHeight},${box.left},${box.top},${box.height},${area.scrollLeft},${area.scrollTop},${area.scrollHeight}`;
}
