import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { type HtmlNodes, walkHtml } from './html-walk.js';
import { InputError } from './input-error.js';
import { SourceBuilder, type SourceDoc } from './source-doc.js';

/** Parsed markup, as the walk sees it: an input is checked when its markup says so. */
const MARKUP: HtmlNodes<ChildNode> = {
  kind: (node) => (node.type === 'text' ? 'text' : node.type === 'tag' ? 'element' : 'other'),
  text: (node) => (node.type === 'text' ? node.data : ''),
  tag: (node) => (node as Element).name,
  attribute: (node, name) => (node as Element).attribs[name],
  checked: (node) => 'checked' in (node as Element).attribs,
  value: (node) => (node as Element).attribs.value,
  children: (node) => (node as Element).children,
};

/**
 * HTML as webmail bodies and online editors hold it, read as `walkHtml` reads (the extension reads a live page
 * the same way). Nothing runs: scripts and styles are skipped, never evaluated. Every piece of text keeps the path
 * of the DOM text node it came from, so a page can highlight in its own DOM.
 */
export function htmlToSource(html: string): SourceDoc {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) {
    throw new InputError({ code: 'nests_too_deep', depth, limit: MAX_NESTING });
  }
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const builder = new SourceBuilder('html');
  walkHtml(document.children, MARKUP, builder, (_node, text, emphasized, path) =>
    builder.append(text, { emphasized, node: path(), nodeOffset: 0 }),
  );
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
