import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Page text reaches our code from every page the extension runs on, and a reviewer's drafts come from strangers.
 * None of it may ever be parsed as HTML in a document of ours or the page's: this rule forbids every way of
 * turning a string into markup in the extension and the library — writing innerHTML/outerHTML/srcdoc,
 * insertAdjacentHTML, document.write, createContextualFragment, setHTMLUnsafe, DOMParser's parseFromString and
 * Preact's dangerouslySetInnerHTML. Reading innerHTML (to keep an editor's markup in a draft) is allowed. The
 * library parses HTML with htmlparser2 into data, never into a DOM.
 */
const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['extension', 'schema-lib/src'];
const WRITTEN_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const CALLED_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseFromString']);

/** Places that may use a sink, with the reason; empty, and every entry must still be needed. */
const ALLOWED: readonly { readonly file: string; readonly sink: string; readonly why: string }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every HTML sink in a file, as `line: sink`. */
function htmlSinks(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, sink: string) =>
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${sink}`);
  const visit = (node: ts.Node) => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const target = node.left;
      const name = ts.isPropertyAccessExpression(target)
        ? target.name.text
        : ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression)
          ? target.argumentExpression.text
          : undefined;
      if (name && WRITTEN_PROPERTIES.has(name)) at(node, name);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (CALLED_METHODS.has(name)) at(node, name);
      // document.write, doc.writeln …; the CLI's process.stdout.write writes to a terminal, not a document.
      if (
        (name === 'write' || name === 'writeln') &&
        /(^|\.)(document|doc|\w+Document)$/i.test(node.expression.expression.getText(source))
      )
        at(node, name);
    }
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
      at(node, 'dangerouslySetInnerHTML');
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
      at(node, 'dangerouslySetInnerHTML');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no page text is ever parsed as HTML', () => {
  it('finds each kind of sink (so the rule below can fail)', () => {
    const sample = `
      el.innerHTML = text;
      el['outerHTML'] += text;
      frame.srcdoc = text;
      el.insertAdjacentHTML('beforeend', text);
      document.write(text);
      range.createContextualFragment(text);
      new DOMParser().parseFromString(text, 'text/html');
      const a = <div dangerouslySetInnerHTML={{ __html: text }} />;
      const read = el.innerHTML; // reading is fine
    `;
    expect(htmlSinks('sample.tsx', sample).map((s) => s.split(': ')[1])).toEqual([
      'innerHTML',
      'outerHTML',
      'srcdoc',
      'insertAdjacentHTML',
      'write',
      'createContextualFragment',
      'parseFromString',
      'dangerouslySetInnerHTML',
    ]);
  });

  it('the extension and the library use none, beyond a documented allow-list', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const sinks = files.flatMap((file) =>
      htmlSinks(file, readFileSync(join(ROOT, file), 'utf8')).map(
        (sink) => `${relative(ROOT, join(ROOT, file))}:${sink}`,
      ),
    );
    const allowed = (sink: string) => ALLOWED.some((a) => sink.startsWith(`${a.file}:`) && sink.endsWith(a.sink));
    expect(sinks.filter((sink) => !allowed(sink))).toEqual([]);
    for (const entry of ALLOWED) expect(sinks.some((s) => s.startsWith(`${entry.file}:`))).toBe(true);
  });
});
