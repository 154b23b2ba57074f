/**
 * The JSON Schema files: generated from the zod schemas (no drift), and a real validator
 * (ajv, draft 2020-12) accepts every shipped row and rejects the bad rows of the tests for the
 * same reasons (the same fields) as the library.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText, jsonSchemas } from '../../scripts/json-schema.js';
import { observations, sources } from '../../src/data/observations.js';
import { safeParseObservations } from '../../src/query/validate.js';
import { inProcess } from '../cli/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const file = (name: string) => readFileSync(join(root, 'json-schema', name), 'utf8');

const ajv = new Ajv2020({ allErrors: true, strict: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const schemas = jsonSchemas();
const validateObservation = ajv.compile(JSON.parse(file('observation.schema.json')));
const validateSource = ajv.compile(JSON.parse(file('source.schema.json')));
const validateDataset = ajv.compile(JSON.parse(file('dataset.schema.json')));

/** The fields ajv faults: the first segment of each error's path, or the property named. */
function ajvFields(row: unknown): string[] {
  if (validateObservation(row)) return [];
  const fields = new Set<string>();
  for (const e of validateObservation.errors ?? []) {
    if (e.keyword === 'if') continue;
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const field =
      params.missingProperty ?? params.additionalProperty ?? e.instancePath.split('/')[1] ?? '';
    fields.add(field);
  }
  return [...fields].sort();
}

const libraryFields = (row: unknown) =>
  [...new Set(safeParseObservations([row]).problems.map((p) => p.field ?? ''))].sort();

const row = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'sector:coal',
  period: '2022-Q1',
  measure: 'yoy',
  value: '8.1',
  unit: 'percent',
  source: 'mine',
};

describe('json-schema/ files', () => {
  it('are what scripts/json-schema.ts generates from the zod schemas (no drift)', () => {
    for (const [name, schema] of Object.entries(schemas)) expect(file(name)).toBe(fileText(schema));
    expect(Object.keys(schemas).sort()).toEqual([
      'dataset.schema.json',
      'observation.schema.json',
      'source.schema.json',
    ]);
  });

  it('are shipped in the package, under a path of their own', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('json-schema');
    expect(pkg.exports['./json-schema/*.json']).toBe('./json-schema/*.json');
    expect(pkg.scripts.build).toMatch(/tsx scripts\/json-schema\.ts$/);
  });
});

describe('ajv with the JSON Schema files', () => {
  it('accepts every shipped observation and source, and the whole dataset', () => {
    const bad = observations.filter((o) => !validateObservation(o));
    expect(bad).toEqual([]);
    expect(sources.filter((s) => !validateSource(s))).toEqual([]);
    expect(validateDataset({ observations, sources })).toBe(true);
    expect(validateDataset({ observations: [{ ...row, region: 'hebei' }] })).toBe(false);
    expect(validateDataset({ rows: [] })).toBe(false);
  });

  it("accepts the data files the command writes and reads back with --data: export's bare array, extract's JSON", async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'shanxi-json-schema-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));
    const run = async (argv: readonly string[]) => {
      const r = await inProcess(argv, { cwd: tmp });
      expect(r.stderr).toBe('');
      return r.code;
    };
    writeFileSync(
      join(tmp, 'release.txt'),
      '2025年1-5月份，全省规模以上工业增加值同比增长4.2%。其中，5月份同比增长3.1%。',
    );
    expect(await run(['export', '--format', 'json', '--out', 'all.json'])).toBe(0);
    expect(await run(['extract', 'release.txt', '--format', 'json', '--out', 'bare.json'])).toBe(0);
    expect(
      await run([
        'extract',
        'release.txt',
        '--format',
        'json',
        '--url',
        'https://example.org/r',
        '--out',
        'url.json',
      ]),
    ).toBe(0);
    for (const name of ['all.json', 'bare.json', 'url.json']) {
      const data = JSON.parse(readFileSync(join(tmp, name), 'utf8'));
      expect([name, validateDataset(data), validateDataset.errors ?? null]).toEqual([
        name,
        true,
        null,
      ]);
      // and each command reads it back
      expect(await run(['check', name])).toBe(0);
    }
    expect(Array.isArray(JSON.parse(readFileSync(join(tmp, 'all.json'), 'utf8')))).toBe(true);
    // a misspelt key is still refused
    expect(validateDataset({ observation: [] })).toBe(false);
    expect(validateDataset({ observations: [], lang: 'fr' })).toBe(false);
  });

  const bad: [string, Record<string, unknown> | unknown][] = [
    ['an unknown region', { ...row, region: 'hebei' }],
    ['an unknown breakdown', { ...row, breakdown: 'sector:cole' }],
    ['a month 13', { ...row, period: '2021-13' }],
    ['a quarter 5', { ...row, period: '2021-Q5' }],
    ['a number as text in decimals', { ...row, decimals: '1' }],
    ['decimals 16', { ...row, decimals: 16 }],
    ['a source that is a number', { ...row, source: 123 }],
    ['an empty source', { ...row, source: '' }],
    ['a value that is not a number', { ...row, value: 'n/a' }],
    ['a decimal comma', { ...row, value: '8,1' }],
    ['a unit that does not fit the measure', { ...row, unit: 'tonnes-10k' }],
    ['a level in percent', { ...row, measure: 'level' }],
    ['a rank that is not whole', { ...row, measure: 'national-rank', unit: 'rank', value: 2.5 }],
    ['a rank of 0', { ...row, measure: 'national-rank', unit: 'rank', value: '0' }],
    ['an unknown qualifier', { ...row, qualifier: 'roughly' }],
    ['an unknown field', { ...row, extra: 1 }],
    ['missing fields', { region: 'shanxi', period: '2021-Q1' }],
    ['several faults', { ...row, region: 'hebei', unit: 'rank', note: 5 }],
  ];
  it.each(bad)('rejects %s for the same reasons as the library', (_, input) => {
    const fields = libraryFields(input);
    expect(fields.length).toBeGreaterThan(0);
    expect(ajvFields(input)).toEqual(fields);
  });

  it.each([
    ['a row that is not an object', 'not a row'],
    ['null', null],
  ])('rejects %s, as the library does', (_, input) => {
    expect(validateObservation(input)).toBe(false);
    expect(safeParseObservations([input]).problems.map((p) => p.path)).toEqual([[0]]);
  });

  it.each([
    ['a run of months that ends before it starts', { ...row, period: '2021-06/2021-03' }],
    ['decimals fewer than the value is written with', { ...row, value: '8.15', decimals: 1 }],
    ['a decimal string beyond the range of a number', { ...row, value: '9'.repeat(400) }],
  ])('leaves %s to the library, as json-schema.ts says', (_, input) => {
    expect(validateObservation(input)).toBe(true);
    expect(safeParseObservations([input]).problems).toHaveLength(1);
  });
});
