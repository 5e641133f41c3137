import { build } from 'esbuild';

/** Bundles the fixture pages' editors that ship only as ES modules (Tiptap) into .tmp/pages, served at /generated/. */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: ['tests/fixtures/pages/editor-tiptap.entry.js'],
    bundle: true,
    format: 'iife',
    outfile: '.tmp/pages/editor-tiptap.js',
    logLevel: 'warning',
  });
}
