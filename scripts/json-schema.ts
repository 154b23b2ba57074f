/**
 * Writes the JSON Schema files of the data formats into json-schema/, generated from the zod
 * schemas with `z.toJSONSchema`, for people who validate outside TypeScript:
 *
 * - `observation.schema.json`: one observation row as `parseObservations` takes it (a value may
 *   be a decimal string, `decimals` may be left out, a period may be an alias);
 * - `source.schema.json`: one source record;
 * - `dataset.schema.json`: a data file as the command's `--data` and `check` read it: a bare
 *   array of rows (what `export --format json` writes), or `{ "observations": [...],
 *   "sources": [...] }` (what `createDataset(file.observations, { sources: file.sources })`
 *   takes), with the `source`, `evidence`, `unrecognised` and `lang` that `extract --format
 *   json` adds.
 *
 * The unit each measure takes is added as `allOf` if/then rules, derived from `unitFitsMeasure`;
 * what JSON Schema cannot say (a run of months that ends before it starts, `decimals` fewer
 * than the value's written digits, a decimal string beyond the range of a number) is checked
 * by the library only. Run by `npm run build`; test/schemas/json-schema.test.ts checks that the
 * files in the repository are what this writes.
 *
 *   npx tsx scripts/json-schema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { ObservationInputSchema, SourceSchema } from '../src/model/schemas.js';
import { MEASURES, UNITS, unitFitsMeasure } from '../src/model/vocab.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

type Json = Record<string, unknown>;

function generate(schema: unknown): Json {
  const out = z.toJSONSchema(schema as z.ZodMiniType, { target: 'draft-2020-12', io: 'input' });
  const { $schema: _, ...rest } = out as Json;
  return rest;
}

/** The rules that span fields and that JSON Schema can say: the unit of each measure, ranks. */
function crossFieldRules(): Json[] {
  return MEASURES.map((measure) => {
    const units = UNITS.filter((u) => unitFitsMeasure(measure, u));
    const then: Json = { properties: { unit: { enum: units } } };
    if (measure === 'national-rank')
      (then.properties as Json).value = {
        anyOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: '^[1-9]\\d*(\\.0+)?$' },
        ],
      };
    return { if: { properties: { measure: { const: measure } }, required: ['measure'] }, then };
  });
}

/** The three schemas, by file name. */
export function jsonSchemas(): Record<string, Json> {
  const observation = {
    $schema: DRAFT,
    $id: 'observation.schema.json',
    title: 'shanxi-industry observation row',
    description:
      'One published figure, as parseObservations takes it: value as a number or a decimal string (which keeps its written precision), decimals optional (inferred from the value as written), period as an id or an alias such as 2021-Q1.',
    ...generate(ObservationInputSchema),
    allOf: crossFieldRules(),
  };
  const source = {
    $schema: DRAFT,
    $id: 'source.schema.json',
    title: 'shanxi-industry source record',
    description: 'One published page that observations cite by its id.',
    ...generate(SourceSchema),
  };
  const strip = ({ $schema: _, $id: __, ...rest }: Json) => rest;
  const rows = { type: 'array', items: { $ref: '#/$defs/observation' } };
  const dataset = {
    $schema: DRAFT,
    $id: 'dataset.schema.json',
    title: 'shanxi-industry data file',
    description:
      "A user's data file, as the command's --data and check read it: a bare array of observation rows (what export --format json writes), or an object with the rows in observations and the source records they cite in sources, as createDataset(file.observations, { sources: file.sources }) takes them. extract --format json adds source (the release's record, when it has a url), evidence, unrecognised and lang; those are allowed, and read as the command reads them (source as a record; the others are not read).",
    anyOf: [
      rows,
      {
        type: 'object',
        properties: {
          observations: rows,
          sources: { type: 'array', items: { $ref: '#/$defs/source' } },
          source: { $ref: '#/$defs/source' },
          evidence: { type: 'array' },
          unrecognised: { type: 'array' },
          lang: { enum: ['en', 'zh'] },
        },
        required: ['observations'],
        additionalProperties: false,
      },
    ],
    $defs: { observation: strip(observation), source: strip(source) },
  };
  return {
    'observation.schema.json': observation,
    'source.schema.json': source,
    'dataset.schema.json': dataset,
  };
}

/** The text of a schema file. */
export const fileText = (schema: Json): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(root, 'json-schema');
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas()))
    writeFileSync(join(dir, name), fileText(schema));
  console.log(`json-schema/: ${Object.keys(jsonSchemas()).join(', ')}`);
}
