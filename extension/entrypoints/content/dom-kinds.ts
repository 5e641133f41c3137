// Type checks that hold across frames. A same-origin iframe's nodes come from another realm, where
// `node instanceof Element` is false, so node kinds are told by nodeType and localName instead.

export function isDocument(node: unknown): node is Document {
  return (node as Node | null)?.nodeType === 9;
}

export function isElement(node: unknown): node is Element {
  return (node as Node | null)?.nodeType === 1;
}

export function isText(node: unknown): node is Text {
  return (node as Node | null)?.nodeType === 3;
}

export function isTag<K extends keyof HTMLElementTagNameMap>(node: unknown, tag: K): node is HTMLElementTagNameMap[K] {
  return isElement(node) && node.localName === tag;
}
