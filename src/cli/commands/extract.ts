/**
 * `shanxi-industry extract FILE|- [--url U] [--published D] [--region R] [--format F]`: reads a
 * statistics release and prints every figure with its quote, then what it could not read.
 * Exit 0 when it found figures, 1 when it found none, 2 for a usage error.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isShanxiIndustryError, REGIONS, type Region } from 'shanxi-industry';
import { toCSV } from 'shanxi-industry/export';
import { type Extraction, extractRelease } from 'shanxi-industry/extract';
import type { CliIO } from '../io.js';

/** The help of `extract`. */
export const EXTRACT_HELP = `Usage: shanxi-industry extract FILE|- [options]

Reads a statistics release (the bureaus' Chinese template or an English
article) from FILE, or standard input with -, and prints every figure it
found with the quote it came from, then what it could not read and why.
  --url U          the page's address: the source of every figure
  --published D    the page's date, YYYY-MM-DD or YYYY-MM (fixes the year
                   where the text names none)
  --region R       shanxi or china (default: from the text, else shanxi)
  --format F       table (default), csv or json
  -h, --help       this help
Exit code: 0 figures found, 1 none found, 2 a wrong argument.
`;

const FORMATS = ['table', 'csv', 'json'] as const;

class Usage extends Error {}

function readText(file: string, cwd: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new Usage(
      `Cannot read ${JSON.stringify(file)}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}.`,
    );
  }
}

function table(r: Extraction): string {
  const out: string[] = [];
  r.observations.forEach((o, i) => {
    const q = o.qualifier ? `${o.qualifier} ` : '';
    out.push(
      `${o.region}  ${o.breakdown}  ${o.period}  ${o.measure}  ${q}${o.value.toFixed(o.decimals)} ${o.unit}`,
    );
    out.push(
      `    “${r.evidence[i]!.quote}” (${r.evidence[i]!.periodText}; ${r.evidence[i]!.start}–${r.evidence[i]!.end})`,
    );
  });
  if (r.observations.length === 0) out.push('No figures found.');
  if (r.unrecognised.length > 0) {
    out.push('', 'Not read:');
    for (const u of r.unrecognised) out.push(`  ${u.reason}: “${u.text}”`);
  }
  return `${out.join('\n')}\n`;
}

/** Runs `extract` on the arguments after the command name; returns the exit code. */
export function extractCommand(argv: readonly string[], io: CliIO): number {
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          options: {
            url: { type: 'string' },
            published: { type: 'string' },
            region: { type: 'string' },
            format: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
          },
        });
      } catch (e) {
        throw new Usage(
          `${(e instanceof Error ? e.message : String(e)).split('\n')[0]} (see shanxi-industry extract --help).`,
        );
      }
    })();
    if (values.help) {
      io.stdout.write(EXTRACT_HELP);
      return 0;
    }
    if (positionals.length !== 1)
      throw new Usage(
        `extract takes one FILE (or - for standard input); got ${positionals.length}.`,
      );
    const format = values.format ?? 'table';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new Usage(
        `Invalid --format ${JSON.stringify(format)}: accepted are ${FORMATS.join(', ')}.`,
      );
    if (values.region !== undefined && !(REGIONS as readonly string[]).includes(values.region))
      throw new Usage(
        `Invalid --region ${JSON.stringify(values.region)}: accepted are ${REGIONS.join(', ')}.`,
      );
    const text = readText(positionals[0]!, io.cwd ?? process.cwd());
    const r = extractRelease(text, {
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.region !== undefined ? { region: values.region as Region } : {}),
    });
    if (format === 'json') io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else if (format === 'csv') {
      if (r.observations.length > 0) io.stdout.write(`${toCSV(r.observations)}\r\n`);
      if (r.unrecognised.length > 0)
        io.stderr.write(
          `${r.unrecognised.length} passage(s) not read; --format table lists them.\n`,
        );
    } else io.stdout.write(table(r));
    return r.observations.length > 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof Usage || isShanxiIndustryError(e)) {
      io.stderr.write(`shanxi-industry: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    io.stderr.write(
      `shanxi-industry: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  }
}
