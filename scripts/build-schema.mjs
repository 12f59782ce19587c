// Writes dist/schema/<file>.schema.json, the JSON Schema of each data file, from the one valibot
// schema in src/data/schema.ts, so adopters can validate their own files in their editors and CI.
// Then checks every file of data/ against the schema written for it, so a schema that cannot
// describe our own data never ships.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { outputFiles } = await build({
  entryPoints: ['src/data/schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { DataFiles } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const { version, name } = JSON.parse(readFileSync('package.json', 'utf8'));

mkdirSync('dist/schema', { recursive: true });
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
let failed = false;
const validators = {};
for (const [file, schema] of Object.entries(DataFiles)) {
  // Checks JSON Schema cannot express (text free of mojibake, no stray spaces) stay run-time only.
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-2020-12' }),
    $id: `https://unpkg.com/${name}@${version}/dist/schema/${file}.schema.json`,
    title: `${name} ${file}.json`,
  };
  writeFileSync(`dist/schema/${file}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  const validate = (validators[file] = ajv.compile(json));
  if (!validate(JSON.parse(readFileSync(`data/${file}.json`, 'utf8')))) {
    failed = true;
    console.error(`data/${file}.json does not match dist/schema/${file}.schema.json:`, validate.errors);
  }
}
// And they have teeth: a record with a wrong date is rejected.
const bodies = JSON.parse(readFileSync('data/bodies.json', 'utf8'));
bodies[0].established = 'in 1995';
if (validators.bodies(bodies)) {
  failed = true;
  console.error('dist/schema/bodies.schema.json accepts a body established "in 1995"');
}
console.log(`dist/schema: ${Object.keys(DataFiles).length} JSON Schemas written${failed ? '' : ', data/ valid against each'}`);
process.exit(failed ? 1 : 0);
