import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { InputError } from './input-error.js';
import { SourceBuilder, type SourceDoc } from './source-doc.js';
import { isSymbolFont, symbolGlyph } from './symbol-fonts.js';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
]);
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

/** A node's place as a chain of child indices, shared with its siblings so deep nesting costs no copies. */
interface PathLink {
  readonly index: number;
  readonly parent: PathLink | undefined;
}

function pathOf(link: PathLink | undefined): number[] {
  const path: number[] = [];
  for (let at = link; at; at = at.parent) path.push(at.index);
  return path.reverse();
}

interface Frame {
  readonly node: ChildNode;
  readonly path: PathLink | undefined;
  readonly emphasized: boolean;
  readonly symbolFont: string | undefined;
  /** Inside a table cell, block boundaries are line breaks within the cell's item. */
  readonly inCell: boolean;
}

/**
 * HTML as webmail bodies and online editors hold it: paragraphs and line breaks become lines, a table row's
 * cells become one row of items, checkbox inputs and Word's Wingdings boxes become marks, bold and highlighted
 * text is remembered. Nothing runs: scripts and styles are skipped, never evaluated. Every piece of text keeps
 * the path of the DOM text node it came from, so a page can highlight in its own DOM.
 */
export function htmlToSource(html: string): SourceDoc {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) {
    throw new InputError(
      `the HTML nests ${depth.toLocaleString('en')} elements deep (limit ${MAX_NESTING.toLocaleString('en')}): not a declaration`,
    );
  }
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const builder = new SourceBuilder('html');
  // An explicit stack rather than recursion: hostile or generated HTML nests tens of thousands deep.
  const stack: (Frame | { readonly close: 'block' | 'cell' | 'row' })[] = [];
  const push = (nodes: readonly ChildNode[], parent: Omit<Frame, 'node'>) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      stack.push({ ...parent, node: nodes[i] as ChildNode, path: { index: i, parent: parent.path } });
    }
  };
  push(document.children, { path: undefined, emphasized: false, symbolFont: undefined, inCell: false });

  let inCellDepth = 0;
  const breakLine = () => {
    if (inCellDepth > 0) builder.append('\n');
    else {
      builder.endItem();
      builder.newRow();
    }
  };

  while (stack.length > 0) {
    const frame = stack.pop() as (typeof stack)[number];
    if ('close' in frame) {
      if (frame.close === 'cell') {
        builder.endItem();
        inCellDepth--;
      } else if (frame.close === 'row') {
        builder.endItem();
        builder.newRow();
      } else {
        breakLine();
      }
      continue;
    }
    const { node } = frame;
    if (node.type === 'text') {
      const text = node.data.replace(/[\t\n\r\f]/g, ' '); // one for one, so offsets in the node stay exact
      const glyphs = frame.symbolFont ? mapSymbolText(frame.symbolFont, text) : text;
      builder.append(glyphs, { emphasized: frame.emphasized, node: pathOf(frame.path), nodeOffset: 0 });
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    const tag = element.name;
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      breakLine();
      continue;
    }
    if (tag === 'input') {
      const type = (element.attribs.type ?? 'text').toLowerCase();
      if (type === 'checkbox' || type === 'radio') builder.append('checked' in element.attribs ? '☑' : '☐');
      else if (type === 'text' && element.attribs.value) builder.append(element.attribs.value);
      continue;
    }
    const style = element.attribs.style ?? '';
    const emphasized = frame.emphasized || EMPHASIS_TAGS.has(tag) || isEmphasisStyle(style);
    const font = /font-family\s*:\s*([^;]+)/i.exec(style)?.[1]?.split(',')[0];
    const symbolFont = font && isSymbolFont(font) ? font : frame.symbolFont;
    const child = { path: frame.path, emphasized, symbolFont, inCell: frame.inCell };

    if (tag === 'tr') {
      builder.endItem();
      builder.newRow();
      stack.push({ close: 'row' });
      push(element.children, child);
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      builder.endItem();
      builder.beginItem();
      inCellDepth++;
      stack.push({ close: 'cell' });
      push(element.children, { ...child, inCell: true });
      continue;
    }
    if (BLOCKS.has(tag)) {
      breakLine();
      stack.push({ close: 'block' });
    }
    push(element.children, child);
  }
  return builder.build();
}

/** Real pages nest a few dozen deep; the parser's cost grows with the square of the depth past some thousands. */
const MAX_NESTING = 5_000;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** The deepest element nesting, by a linear scan of the tags (close tags matched leniently, as parsers do). */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[3] && !VOID.has((match[2] ?? '').toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
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
