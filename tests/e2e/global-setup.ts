import { build } from 'esbuild';

/**
 * Bundles the fixture pages made with packages that ship only as ES modules (Tiptap, Ant Design with React) into
 * .tmp/pages, served at /generated/.
 */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: {
      'editor-tiptap': 'tests/fixtures/pages/editor-tiptap.entry.js',
      'portal-antd': 'tests/fixtures/pages/portal-antd.entry.jsx',
    },
    bundle: true,
    format: 'iife',
    outdir: '.tmp/pages',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
