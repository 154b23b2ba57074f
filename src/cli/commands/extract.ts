/**
 * `shanxi-industry extract FILE|- [--url U] [--published D] [--region R] [--format F]
 * [--out FILE]`: reads a statistics release and prints every figure with its quote, then what
 * it could not read. The command line is read and checked by args.ts like every other
 * command's (an option given twice, an unknown option: a usage error); main writes the output
 * (to `--out` as for the other commands) with the user's text made safe for a terminal. Exit 0
 * when it found figures, 1 when it found none or a file cannot be read or written, 2 for a
 * usage error.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isShanxiIndustryError, type Region } from 'shanxi-industry';
import { toCSV } from 'shanxi-industry/export';
import { type Extraction, extractRelease } from 'shanxi-industry/extract';
import { IoError, shown, UsageError } from '../errors.js';
import { type CliIO, whyNot } from '../io.js';
import { type Context, lines, type Output } from './types.js';

/** The release's text: a file, or standard input for `-` (a UTF-8 byte order mark dropped). */
function readText(name: string, io: CliIO): string {
  let bytes: Uint8Array | string;
  try {
    bytes =
      name === '-'
        ? (io.stdin ?? readFileSync(0))
        : readFileSync(resolve(io.cwd ?? process.cwd(), name));
  } catch (e) {
    throw new IoError(
      `Cannot read ${name === '-' ? 'standard input' : shown(name)}: ${whyNot(e, 'read')}.`,
    );
  }
  const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Every figure (region, indicator, breakdown, period, measure, value) with its quote, then
 * what was not read, with its period where one was fixed (as the JSON has it).
 */
function table(r: Extraction): string {
  const out: string[] = [];
  r.observations.forEach((o, i) => {
    const q = o.qualifier ? `${o.qualifier} ` : '';
    const e = r.evidence[i]!;
    out.push(
      `${o.region}  ${o.indicator}  ${o.breakdown}  ${o.period}  ${o.measure}  ${q}${o.value.toFixed(o.decimals)} ${o.unit}`,
      `    “${e.quote}” (${e.periodText}; ${e.start}–${e.end})`,
    );
  });
  if (r.observations.length === 0) out.push('No figures found.');
  if (r.unrecognised.length > 0) {
    out.push('', 'Not read:');
    for (const u of r.unrecognised)
      out.push(`  ${u.reason}${u.period === undefined ? '' : ` (${u.period})`}: “${u.text}”`);
  }
  return lines(out);
}

/**
 * The release read with the options of the command line. The library's refusal of an option
 * (a date that is no date, an address that is no http(s) address) is said in the flag's words.
 */
function extractWith(text: string, ctx: Context): Extraction {
  const { url, published, regions } = ctx.args;
  try {
    return extractRelease(text, {
      ...(url === undefined ? {} : { url }),
      ...(published === undefined ? {} : { published }),
      ...(regions[0] === undefined ? {} : { region: regions[0] as Region }),
    });
  } catch (e) {
    const m = isShanxiIndustryError(e)
      ? /^Invalid extractRelease option (url|published): expected ([^;]*);/.exec(e.message)
      : null;
    if (!m) throw e;
    const value = m[1] === 'url' ? url! : published!;
    throw new UsageError(`Invalid --${m[1]} ${shown(value)}: expected ${m[2]}.`);
  }
}

/** Runs `extract`: the figures as a table with their quotes, as CSV or as JSON. */
export function extractCommand(ctx: Context, io: CliIO): Output {
  const r = extractWith(readText(ctx.args.files[0]!, io), ctx);
  const failed = r.observations.length === 0 ? { failed: true } : {};
  if (ctx.args.format === 'json') return { text: `${JSON.stringify(r, null, 2)}\n`, ...failed };
  if (ctx.args.format === 'csv')
    return {
      text: r.observations.length > 0 ? `${toCSV(r.observations)}\r\n` : '',
      ...(r.unrecognised.length > 0
        ? { note: `${r.unrecognised.length} passage(s) not read; --format table lists them.` }
        : {}),
      ...failed,
    };
  return { text: table(r), ...failed };
}
