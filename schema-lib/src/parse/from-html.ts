import { Parser } from 'htmlparser2';
import { type ElementAccess, HtmlReader } from './html-walk.js';
import { InputError } from './input-error.js';
import { SourceBuilder, type SourceDoc } from './source-doc.js';

type Attributes = Record<string, string>;

/** Markup's attributes, as the reader sees them: an input is checked when its markup says so. */
const MARKUP: ElementAccess<Attributes> = {
  attribute: (attribs, name) => attribs[name],
  checked: (attribs) => 'checked' in attribs,
  value: (attribs) => attribs.value,
};

/**
 * HTML as webmail bodies and online editors hold it, read as the extension reads a live page (`HtmlReader`).
 * Nothing runs: scripts and styles are skipped, never evaluated. Every piece of text keeps the path of the DOM
 * text node it came from, so a page can highlight in its own DOM. The markup is read as a stream, never built
 * into a tree: a tree of 100,000 paragraphs is most of the memory such a read takes (see the bench).
 */
export function htmlToSource(html: string): SourceDoc {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) {
    throw new InputError({ code: 'nests_too_deep', depth, limit: MAX_NESTING });
  }
  const builder = new SourceBuilder('html');
  const tree = new NodeIndices(new HtmlReader(builder, MARKUP), (text, emphasized, path, nodeOffset) =>
    builder.append(text, { emphasized, node: path, nodeOffset }),
  );
  new Parser(tree, { decodeEntities: true, lowerCaseTags: true }).end(html);
  return builder.build();
}

/** The node a stream event adds, as `domhandler` would build it: text and comments arrive in pieces and merge. */
type Last = 'text' | 'comment' | 'cdata' | undefined;

/**
 * Follows the tree the markup describes without building it: the child index of every node, exactly as a parse
 * into `domhandler` nodes numbers them (the paths in `SourceDoc.nodeSpans`), and the reader's open/close events,
 * with skipped subtrees passed over.
 */
class NodeIndices {
  /** Per open element: how many children it has so far, and its own index in its parent. */
  private readonly children: number[] = [0];
  private readonly indices: number[] = [];
  /** Per open element: whether the reader entered it (false: its subtree is skipped). */
  private readonly entered: boolean[] = [];
  private skipping = 0;
  private last: Last;
  private pending = '';

  constructor(
    private readonly reader: HtmlReader<Attributes>,
    private readonly onText: (text: string, emphasized: boolean, path: number[], nodeOffset: number) => void,
  ) {}

  onopentag(name: string, attribs: Attributes): void {
    this.flush();
    const index = this.addNode();
    const enter = this.skipping === 0 && this.reader.open(name, attribs);
    if (!enter) this.skipping++;
    this.entered.push(enter);
    this.indices.push(index);
    this.children.push(0);
  }

  onclosetag(): void {
    this.flush();
    this.last = undefined;
    this.children.pop();
    this.indices.pop();
    if (this.entered.pop()) this.reader.close();
    else this.skipping--;
  }

  ontext(data: string): void {
    if (this.last === 'text' || this.last === 'cdata') {
      if (this.last === 'text') this.pending += data;
      return;
    }
    this.addNode();
    this.last = 'text';
    this.pending = data;
  }

  oncomment(): void {
    if (this.last === 'comment') return;
    this.flush();
    this.addNode();
    this.last = 'comment';
  }

  oncommentend(): void {
    this.last = undefined;
  }

  oncdatastart(): void {
    this.flush();
    this.addNode();
    this.last = 'cdata';
  }

  oncdataend(): void {
    this.last = undefined;
  }

  onprocessinginstruction(): void {
    this.flush();
    this.addNode();
  }

  onend(): void {
    this.flush();
  }

  /** Counts a node into the open element and returns its index there. */
  private addNode(): number {
    this.last = undefined;
    const top = this.children.length - 1;
    const index = this.children[top] as number;
    this.children[top] = index + 1;
    return index;
  }

  /** Hands the text node now complete to the reader. */
  private flush(): void {
    if (this.last !== 'text') return;
    this.last = undefined;
    const data = this.pending;
    this.pending = '';
    if (this.skipping > 0) return;
    const index = (this.children[this.children.length - 1] as number) - 1;
    const path = [...this.indices, index];
    this.reader.text(data, (text, nodeOffset) => this.onText(text, this.reader.emphasized, path, nodeOffset));
  }
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
