/**
 * The page's own object behind a content script's view of it. Firefox shows a content script the page's objects
 * through Xray wrappers, and some of what highlighting needs does not pass them: another frame's `CSS` resolves
 * to the content script's own (so a frame's highlights landed in the top window's registry), and ESR 140 cannot
 * read an ObservableArray such as `adoptedStyleSheets` at all. `wrappedJSObject` is the page's object itself.
 * Chrome's isolated world has no wrappers: there it is the object given. What is read through it is the page's
 * to redefine — a hostile page can at worst keep its own text from being highlighted.
 */
export function pageObject<T extends object>(value: T): T {
  return (value as T & { wrappedJSObject?: T }).wrappedJSObject ?? value;
}
