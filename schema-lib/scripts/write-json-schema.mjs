// Writes the JSON Schema of every built-in template next to the compiled library, for portals that are not
// written in TypeScript. Runs after tsc, on the compiled output, so it checks the published code too.
import { writeFile } from 'node:fs/promises';
import { BUILT_IN_TEMPLATES, templateJsonSchema, toJsonSchema } from '../dist/index.js';

for (const template of BUILT_IN_TEMPLATES) {
  const target = new URL(`../dist/${template.id}.schema.json`, import.meta.url);
  await writeFile(target, `${JSON.stringify(toJsonSchema(template), null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
// The template format itself, for editors checking a template file ("$schema": "…/template.schema.json").
const format = new URL('../dist/template.schema.json', import.meta.url);
await writeFile(format, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
console.log(`wrote ${format.pathname}`);
