/**
 * The hand-off to a real engine: toCSV output and the JSON of the rows, loaded into DuckDB,
 * give the same answers in SQL as the library (counts by region, indicator, kind and year;
 * values and decimals intact when read as text). And the README's "Beyond one process"
 * example is the code run here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observations, sources } from '../../src/data/observations.js';
import { toCSV } from '../../src/export/index.js';
import { parsePeriod } from '../../src/model/period.js';
import { query } from '../../src/query/shipped.js';

const dir = mkdtempSync(join(tmpdir(), 'shanxi-duckdb-'));
const csvFile = join(dir, 'shanxi.csv');
const zhFile = join(dir, 'shanxi-zh.csv');
const jsonFile = join(dir, 'shanxi.json');
type Conn = Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>['connect']>>;
let db: Conn;

const sql = async (text: string) => (await db.runAndReadAll(text)).getRowObjectsJson();

/** The library's own counts of rows by a key. */
function countBy(
  rows: readonly (typeof observations)[number][],
  key: (o: (typeof observations)[number]) => string,
) {
  const counts = new Map<string, number>();
  for (const o of rows) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return [...counts].map(([k, n]) => ({ k, n: String(n) })).sort((a, b) => (a.k < b.k ? -1 : 1));
}

beforeAll(async () => {
  writeFileSync(csvFile, toCSV(observations, { sources }));
  writeFileSync(zhFile, toCSV(observations, { lang: 'zh', bom: true }));
  writeFileSync(jsonFile, JSON.stringify(observations));
  db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(
    `CREATE TABLE obs AS SELECT * FROM read_csv('${csvFile}', all_varchar = true, header = true)`,
  );
  await db.run(`CREATE TABLE js AS SELECT * FROM read_json('${jsonFile}', format = 'array')`);
});
afterAll(() => {
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('DuckDB reads toCSV output (all_varchar) and answers as the library does', () => {
  it('every row, and the columns toCSV writes', async () => {
    expect(await sql('SELECT count(*) AS n FROM obs')).toEqual([
      { n: String(observations.length) },
    ]);
    const columns = (await sql('SELECT column_name FROM (DESCRIBE obs)')).map((r) => r.column_name);
    expect(columns).toEqual(toCSV([], { sources }).split(','));
  });

  it.each([
    ['region', (o: (typeof observations)[number]) => o.region],
    ['indicator', (o: (typeof observations)[number]) => o.indicator],
    ['kind', (o: (typeof observations)[number]) => parsePeriod(o.period).kind],
    ['year', (o: (typeof observations)[number]) => String(parsePeriod(o.period).year)],
    [
      'kind, year',
      (o: (typeof observations)[number]) =>
        `${parsePeriod(o.period).kind} ${parsePeriod(o.period).year}`,
    ],
  ])('counts by %s', async (column, key) => {
    const expr = column.includes(',') ? "kind || ' ' || year" : column;
    const rows = await sql(`SELECT ${expr} AS k, count(*) AS n FROM obs GROUP BY k ORDER BY k`);
    expect(rows).toEqual(countBy(observations, key));
  });

  it('values and decimals intact as text', async () => {
    const rows = await sql('SELECT id, value, decimals, qualifier, note FROM obs');
    expect(rows).toEqual(
      observations.map((o) => ({
        id: o.id,
        value: o.value.toFixed(o.decimals),
        decimals: String(o.decimals),
        qualifier: o.qualifier ?? null,
        note: o.note === undefined ? null : o.note.replace(/^([=+\-@])/, "'$1"),
      })),
    );
  });

  it('a SQL user keeps single months, year-to-date runs and whole years apart by kind', async () => {
    const rows = await sql(
      "SELECT count(*) AS n FROM obs WHERE region = 'shanxi' AND indicator = 'value-added' AND breakdown = 'total' AND measure = 'yoy' AND year = '2021' AND kind = 'year-to-date'",
    );
    const lib = query(
      {
        region: 'shanxi',
        indicator: 'value-added',
        breakdown: 'total',
        measure: 'yoy',
        year: 2021,
        kind: 'year-to-date',
      },
      { alternatives: true },
    );
    expect(rows).toEqual([{ n: String(lib.length) }]);
  });

  it('the Chinese export with a BOM reads the same, labels in Chinese', async () => {
    const rows = await sql(
      `SELECT breakdown_label AS l FROM read_csv('${zhFile}', all_varchar = true, header = true) WHERE id = 'f0160'`,
    );
    expect(rows).toEqual([{ l: '煤炭工业' }]);
  });
});

describe('DuckDB reads the JSON of the rows', () => {
  it('counts and values agree', async () => {
    expect(await sql('SELECT region AS k, count(*) AS n FROM js GROUP BY k ORDER BY k')).toEqual(
      countBy(observations, (o) => o.region),
    );
    const rows = await sql("SELECT id, printf('%.*f', decimals, value) AS v FROM js");
    expect(rows).toEqual(observations.map((o) => ({ id: o.id, v: o.value.toFixed(o.decimals) })));
  });
});

describe('README "Beyond one process"', () => {
  it('shows the code and output this test runs', async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Beyond one process'));
    expect(section.length).toBeGreaterThan(100);
    const query = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
    const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(query).toBeDefined();
    const rows = await sql(query!.replaceAll("'shanxi.csv'", `'${csvFile}'`));
    const shown = rows.map((r) => Object.values(r).join(' | ')).join('\n');
    expect(`${shown}\n`).toBe(output);
  });
});
