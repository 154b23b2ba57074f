/**
 * `check FILE…`: reads files of the user's own figures in safe mode and reports every
 * problem (where, the field, what it takes, the value found) and every problem of its source
 * records, then how many rows are good, how the good rows stand against the shipped data and
 * which of their sources have a record (what `--data` would do with them).
 * Exit code 0 when no file has a problem, 1 otherwise (2 for a usage error).
 *
 * @module
 */
import { shippedDataset } from 'shanxi-industry';
import { type FileRead, readFile, recordWords, sourcePlan, stand, standingWords } from '../data.js';
import { DataError, shown } from '../errors.js';
import type { CliIO } from '../io.js';
import { wrap } from '../tables/series.js';
import { type Context, lines, type Output } from './types.js';

/** What one file gave: its rows and problems, or why it could not be read as figures. */
type Checked = { readonly read: FileRead } | { readonly name: string; readonly error: string };

/** A file's name at the start of a report line: as given when plain, else quoted and escaped. */
function nameAt(name: string): string {
  if (name === '-') return '<stdin>';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: names with them are quoted
  return /[\s"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name)
    ? shown(name)
    : name;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The report of one file. */
async function report(c: Checked): Promise<{ lines: string[]; bad: boolean }> {
  if ('error' in c) return { lines: [c.error], bad: true };
  const { name, result: r } = c.read;
  const at = nameAt(name);
  const out = r.problems.map((p) =>
    p.line === undefined
      ? `${at}: row ${p.row}: ${p.message}`
      : `${at}:${p.line}: row ${p.row}: ${p.message}`,
  );
  if (r.problemCount > r.problems.length)
    out.push(
      `${at}: … and ${plural(r.problemCount - r.problems.length, 'more problem')} (the first ${r.problems.length} are listed).`,
    );
  // the file's source records (or addresses), checked as --data checks them
  const shipped = shippedDataset();
  const { rows: merged, standings } = stand([c.read], shipped);
  const plan = await sourcePlan([c.read], shipped, new Set(merged.map((o) => o.source)));
  for (const p of plan.problems) out.push(`${at}: ${p.text}.`);
  const withSources =
    plan.problems.length === 0 ? '' : ` ${plural(plan.problems.length, 'problem')} with sources.`;
  const good = r.observations.length;
  const rows = good + r.badRows;
  if (rows === 0) out.push(`${at}: no rows.${withSources}`);
  else if (r.problemCount === 0)
    out.push(
      withSources
        ? `${at}: ${plural(rows, 'row')}, no problems in them.${withSources}`
        : `${at}: ${plural(rows, 'row')}, no problems.`,
    );
  else
    out.push(
      `${at}: ${plural(r.problemCount, 'problem')} in ${r.badRows} of ${plural(rows, 'row')}; ${plural(good, 'row is', 'rows are')} good.${withSources}`,
    );
  if (good > 0)
    for (const words of [...standingWords(standings[0]!), ...recordWords(plan)])
      out.push(...wrap(words, 76).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`));
  return { lines: out, bad: r.problemCount > 0 || plan.problems.length > 0 };
}

/**
 * `check`: every file read and reported in turn. A file that cannot be read at all (missing,
 * a folder) ends the run with that error; one that is not CSV or JSON of figures is reported
 * as a problem of its own.
 */
export async function checkCommand(ctx: Context, io: CliIO): Promise<Output> {
  const checked: Checked[] = [];
  for (const name of ctx.args.files) {
    try {
      checked.push({ read: await readFile(name, io) });
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      checked.push({ name, error: `${nameAt(name)}: ${e.detail ?? e.message}` });
    }
  }
  const reports: { lines: string[]; bad: boolean }[] = [];
  for (const c of checked) reports.push(await report(c));
  return {
    text: lines(reports.flatMap((r) => r.lines)),
    ...(reports.some((r) => r.bad) ? { failed: true } : {}),
  };
}
