import type { SourceBuilder } from './source-doc.js';
import { isSymbolFont, symbolGlyph } from './symbol-fonts.js';

/** Subtrees that never hold a declaration's text. */
const SKIPPED = new Set([
  'button',
  'canvas',
  'head',
  'iframe',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'title',
]);
/** Block elements: boundaries between lines. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
]);
const EMPHASIS_TAGS = new Set(['b', 'strong', 'mark']);

/** What the walk needs to know of a node: parsed markup (the library) and a live page (the extension) answer alike. */
export interface HtmlNodes<N> {
  kind(node: N): 'text' | 'element' | 'other';
  /** A text node's text. */
  text(node: N): string;
  /** An element's tag name, in lower case. */
  tag(node: N): string;
  attribute(node: N, name: string): string | undefined;
  /** Whether a checkbox or radio input is checked: its live state in a page, its attribute in markup. */
  checked(node: N): boolean;
  /** A text input's value. */
  value(node: N): string | undefined;
  children(node: N): ArrayLike<N>;
}

/** A node's place as a chain of child indices, shared with its siblings so deep nesting costs no copies. */
interface PathLink {
  readonly index: number;
  readonly parent: PathLink | undefined;
}

type Step<N> =
  | {
      readonly node: N;
      readonly path: PathLink | undefined;
      readonly emphasized: boolean;
      readonly symbolFont: string | undefined;
    }
  | { readonly close: 'block' | 'cell' | 'row' };

/**
 * Reads HTML into `builder` as every reader of HTML in DeclCheck does: paragraphs and line breaks become lines, a
 * table row's cells become one row of items, checkbox inputs and Word's Wingdings boxes become marks, bold and
 * highlighted text is emphasis, scripts and the like are skipped. `text` appends each text node's text (symbol
 * fonts already mapped to marks, one unit for one, so offsets in the node stay exact); `path` gives the node's
 * child-index path from the roots when the caller wants it. An explicit stack rather than recursion: hostile or
 * generated HTML nests tens of thousands deep.
 */
export function walkHtml<N>(
  roots: ArrayLike<N>,
  nodes: HtmlNodes<N>,
  builder: SourceBuilder,
  text: (node: N, text: string, emphasized: boolean, path: () => number[]) => void,
): void {
  const stack: Step<N>[] = [];
  const push = (children: ArrayLike<N>, parent: Omit<Extract<Step<N>, { node: N }>, 'node'>) => {
    for (let i = children.length - 1; i >= 0; i--) {
      const path = { index: i, parent: parent.path };
      stack.push({ node: children[i] as N, path, emphasized: parent.emphasized, symbolFont: parent.symbolFont });
    }
  };
  push(roots, { path: undefined, emphasized: false, symbolFont: undefined });

  let cellDepth = 0;
  const breakLine = () => {
    if (cellDepth > 0) builder.append('\n');
    else {
      builder.endItem();
      builder.newRow();
    }
  };

  while (stack.length > 0) {
    const step = stack.pop() as Step<N>;
    if ('close' in step) {
      if (step.close === 'cell') {
        builder.endItem();
        cellDepth--;
      } else if (step.close === 'row') {
        builder.endItem();
        builder.newRow();
      } else breakLine();
      continue;
    }
    const { node } = step;
    const kind = nodes.kind(node);
    if (kind === 'text') {
      const data = nodes.text(node).replace(/[\t\n\r\f]/g, ' ');
      text(node, step.symbolFont ? mapSymbolText(step.symbolFont, data) : data, step.emphasized, () =>
        pathOf(step.path),
      );
      continue;
    }
    if (kind !== 'element') continue;
    const tag = nodes.tag(node);
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      breakLine();
      continue;
    }
    if (tag === 'input') {
      const type = (nodes.attribute(node, 'type') ?? 'text').toLowerCase();
      if (type === 'checkbox' || type === 'radio') builder.append(nodes.checked(node) ? '☑' : '☐');
      else if (type === 'text') {
        const value = nodes.value(node);
        if (value) builder.append(value);
      }
      continue;
    }
    const style = nodes.attribute(node, 'style') ?? '';
    const emphasized = step.emphasized || EMPHASIS_TAGS.has(tag) || isEmphasisStyle(style);
    const font = /font-family\s*:\s*([^;]+)/i.exec(style)?.[1]?.split(',')[0];
    const child = { path: step.path, emphasized, symbolFont: font && isSymbolFont(font) ? font : step.symbolFont };
    if (tag === 'tr') {
      builder.endItem();
      builder.newRow();
      stack.push({ close: 'row' });
    } else if (tag === 'td' || tag === 'th') {
      builder.endItem();
      builder.beginItem();
      cellDepth++;
      stack.push({ close: 'cell' });
    } else if (BLOCKS.has(tag)) {
      breakLine();
      stack.push({ close: 'block' });
    }
    push(nodes.children(node), child);
  }
}

function pathOf(link: PathLink | undefined): number[] {
  const path: number[] = [];
  for (let at = link; at; at = at.parent) path.push(at.index);
  return path.reverse();
}

function isEmphasisStyle(style: string): boolean {
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style)) return true;
  const background = /background(?:-color)?\s*:\s*([^;]+)/i.exec(style)?.[1]?.trim().toLowerCase();
  return (
    background !== undefined &&
    !/^(transparent|none|white|#fff(fff)?|rgba?\(\s*255\s*,\s*255\s*,\s*255)/.test(background)
  );
}

function mapSymbolText(font: string, text: string): string {
  let out = '';
  for (const ch of text) out += symbolGlyph(font, ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}
