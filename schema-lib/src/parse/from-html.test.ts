import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlToSource } from './from-html.js';

describe('htmlToSource', () => {
  it('reads table rows as rows of items and paragraphs as lines', () => {
    const source = htmlToSource(
      '<p>一、基本信息</p><table><tr><td>单位名称</td><td>华东<br>智造</td></tr></table><div>尾</div>',
    );
    const items = source.items.filter((i) => i.text.trim());
    expect(items.map((i) => i.text)).toEqual(['一、基本信息', '单位名称', '华东\n智造', '尾']);
    expect(items[1]?.row).toBe(items[2]?.row);
    expect(items[0]?.row).not.toBe(items[1]?.row);
  });

  it('keeps the way back to each DOM text node, offsets exact', () => {
    const html = '<body><p>甲乙</p><p>单位名称：<b>华东  智造</b></p></body>';
    const source = htmlToSource(html);
    const at = source.text.indexOf('智造');
    const span = source.nodeSpans?.find((s) => s.start <= at && at < s.end);
    // body > p[1] > b > text: paths follow the markup as given (no implied <html>), so a page that parses
    // `container.innerHTML` resolves them against `container.childNodes`.
    expect(span?.node).toEqual([0, 1, 1, 0]);
    expect(at - (span?.start ?? 0) + (span?.nodeOffset ?? 0)).toBe('华东  '.length);
  });

  it('turns checkbox inputs and Word’s Wingdings boxes into marks, and remembers bold', () => {
    const source = htmlToSource(
      '<p><input type="checkbox" checked>国有 <input type="checkbox">民营 <span style="font-family:Wingdings">þ</span>三资 <span style="font-family:\'Wingdings 2\'">£</span>其他 <strong>微型</strong></p>',
    );
    expect(source.text).toBe('☑国有 ☐民营 ☑三资 □其他 微型');
    expect(source.emphasis).toEqual([{ start: source.text.indexOf('微型'), end: source.text.length }]);
  });

  it('skips scripts, styles, templates and comments, and decodes entities', () => {
    const source = htmlToSource(
      '<script>x=1</script><style>p{}</style><template>隐藏</template><!-- 注释 --><p>A&amp;B&nbsp;&lt;5G&gt;</p>',
    );
    expect(source.text.trim()).toBe('A&B\u00a0<5G>');
  });
});

describe('htmlToSource paths', () => {
  /** The text node a path names in a tree parse of the same markup, as a page's own DOM would hold it. */
  const nodeAt = (roots: ChildNode[], path: readonly number[]): ChildNode | undefined => {
    let nodes = roots;
    let node: ChildNode | undefined;
    for (const index of path) {
      node = nodes[index];
      nodes = node && 'children' in node ? (node.children as ChildNode[]) : [];
    }
    return node;
  };

  it.each([
    ['implied ends', '<table><tr><td>甲<td>乙<tr><td>丙</table><p>一<p>二</p></p><li>x<li>y'],
    ['stray ends', '</p>你好</br>世界</div><b>粗 <i>斜</b> 仍</i>'],
    [
      'comments, CDATA, instructions',
      '<p>A &amp; B &#x1F600;</p><!-- c1 --><!-- c2 -->文<![CDATA[ z ]]>后<?php x ?><p>尾</p>',
    ],
    ['skipped parts', '<head><title>t</title></head><script>"<p>x</p>"</script><select><option>o</select><p>留</p>'],
  ])('every span names its text node in the tree (%s)', (_name, html) => {
    const source = htmlToSource(html);
    const roots = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children;
    expect(source.nodeSpans?.length).toBeGreaterThan(0);
    for (const span of source.nodeSpans ?? []) {
      const node = nodeAt(roots, span.node);
      expect(node?.type).toBe('text');
      const data = (node as { data: string }).data.replace(/[\t\n\r\f]/g, ' ');
      expect(data.slice(span.nodeOffset, span.nodeOffset + span.end - span.start)).toBe(
        source.text.slice(span.start, span.end),
      );
    }
  });
});
