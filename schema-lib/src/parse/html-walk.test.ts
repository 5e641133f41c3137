import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlToSource } from './from-html.js';
import { type HtmlNodes, HtmlWalk, walkHtml } from './html-walk.js';
import { SourceBuilder, type SourceDoc } from './source-doc.js';

/** A parsed tree, as a node model: the same markup htmlToSource reads as a stream. */
const TREE: HtmlNodes<ChildNode> = {
  kind: (node) => (node.type === 'text' ? 'text' : node.type === 'tag' ? 'element' : 'other'),
  text: (node) => (node as { data: string }).data,
  tag: (node) => (node as { name: string }).name,
  attribute: (node, name) => (node as { attribs: Record<string, string> }).attribs[name],
  checked: (node) => 'checked' in (node as { attribs: Record<string, string> }).attribs,
  value: (node) => (node as { attribs: Record<string, string> }).attribs.value,
  children: (node) => (node as { children?: ChildNode[] }).children ?? [],
};

const HTML = `<h2>一、基本信息</h2>
<table><tr><td>单位名称</td><td>华东<b>智造</b>有限公司</td></tr><tr><td>单位性质</td><td>☑国有 □民营</td></tr></table>
<h2>二、申报单位简介（不超过300字）</h2><p>本单位<strong>成立于</strong>2010年。</p><ul><li>一</li><li>二<ol><li>三</li></ol></li></ul>
<div><p>深<span>层<em>嵌</em>套</span></p>尾</div>`;

function read(walk: (builder: SourceBuilder, texts: string[]) => void): { source: SourceDoc; texts: string[] } {
  const builder = new SourceBuilder('html');
  const texts: string[] = [];
  walk(builder, texts);
  return { source: builder.build(), texts };
}

describe('HtmlWalk', () => {
  const roots = parseDocument(HTML).children;
  let nodes = 0;
  const counting: HtmlNodes<ChildNode> = {
    ...TREE,
    kind: (node) => {
      nodes++;
      return TREE.kind(node);
    },
  };
  const whole = read((builder, texts) =>
    walkHtml(roots, counting, builder, (_node, text, emphasized) => {
      builder.append(text, { emphasized });
      texts.push(text);
    }),
  );

  it('reads a tree as the markup reader does', () => {
    expect(whole.source.text).toBe(htmlToSource(HTML).text);
    expect(whole.source.items.map((i) => i.text)).toEqual(htmlToSource(HTML).items.map((i) => i.text));
    expect(whole.source.text).toContain('华东智造有限公司');
  });

  it.each([1, 2, 3, 7, 50])('read %i nodes at a time, gives what one walk gives', (count) => {
    let calls = 0;
    const stepped = read((builder, texts) => {
      const walk = new HtmlWalk(roots, TREE, builder, (_node, text, emphasized) => {
        builder.append(text, { emphasized });
        texts.push(text);
      });
      while (!walk.advance(count)) calls++;
    });
    expect(stepped.source).toEqual(whole.source);
    expect(stepped.texts).toEqual(whole.texts);
    // Each pause came after `count` nodes: none was read twice or skipped.
    expect(calls).toBe(Math.ceil(nodes / count) - 1);
    expect(nodes).toBeGreaterThan(40);
  });

  it('reads nothing when asked for no nodes', () => {
    const builder = new SourceBuilder('html');
    const walk = new HtmlWalk(roots, TREE, builder, (_node, text) => builder.append(text));
    expect(walk.advance(0)).toBe(false);
    expect(builder.length).toBe(0);
    expect(walk.advance(Number.POSITIVE_INFINITY)).toBe(true);
    expect(builder.build().text).toBe(whole.source.text);
  });
});
