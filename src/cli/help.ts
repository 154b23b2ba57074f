/**
 * Help texts, each line within 80 columns.
 *
 * @module
 */
import type { Command } from './args.js';

const FILTERS = `Filters (a list: repeat the option or separate values with commas):
  --region shanxi|china       --indicator value-added|output|revenue|profit
  --breakdown ID              total, sector:coal, ownership:private,
                              product:raw-coal (or the bare id: coal)
  --period ID                 2021-Q1, 2021-H1, 2021-Q1Q3, 2021-05,
                              2021-01/2021-05, 2021 (the whole year);
                              aliases in either case (2021-q1)
  --measure ID                yoy, level, two-year-average, share-of-total,
                              share-of-china, contribution-rate, national-rank
  --year YYYY                 every period of these years
  --from ID, --to ID          periods on or after / on or before these
  --kind KIND                 month, year-to-date, year, range
  --source ID                 figures of these sources (s032, n006, …)
  --scope SCOPE               above-size, all (all producers), unstated
  --all                       also the figures of sources that were not
                              preferred where sources disagree`;

const DATA = `  --data FILE                 also your own figures: a CSV or JSON file as
                              export writes it (- reads standard input);
                              repeat for several files. See "help check".`;

const OUTPUT = `  --lang en|zh                labels in English (default) or Chinese
  --out FILE                  write to FILE instead of standard output
  -h, --help                  this help

Exit codes: 0 done; 1 nothing matched, a file that cannot be read or
written, or a --data file that is not CSV or JSON of figures or has
invalid rows (none of it is read; "check FILE" lists every problem); 2 a
wrong command, option or value.`;

const GENERAL = `shanxi-industry: Shanxi's industrial statistics, with China benchmarks

Usage: shanxi-industry <command> [options]

Commands:
  list <what>   sectors, products, ownership, regions, periods, sources,
                indicators, measures
  show          the figures matching filters (all of them without one)
  compare       rank sectors (or ownership types, products) in one period
  series        one series in time order, with a sparkline; with
                --against china, Shanxi and China side by side and the gap
  export        the figures matching filters as csv, json, jsonstat or md
  check FILE    check a file of your own figures: every problem, by line
  extract FILE  read a statistics release's figures, each with its quote

Options:
  --format table|csv|json|jsonstat|md   output format (default table)
  --lang en|zh                          labels in English or Chinese
  --out FILE                            write to FILE, not standard output
  --data FILE                           also your own figures (CSV or JSON)
  -h, --help                            help (also: help <command>)
  -v, --version                         the version

Examples:
  shanxi-industry compare --period 2021-Q1
  shanxi-industry compare --period 2021-Q1 --lang zh
  shanxi-industry series --region china --kind year-to-date --year 2021
  shanxi-industry series --against china --kind year
  shanxi-industry show --period 2021-Q1 --region shanxi
  shanxi-industry export --format csv --year 2021 --out 2021.csv
  shanxi-industry check mine.csv
  shanxi-industry show --data mine.csv --period 2021-Q1 --all

Your own figures: --data FILE (on list, show, compare, series, export) reads
a CSV or JSON file beside the shipped figures. Your rows fill gaps and stand
beside shipped figures of the same key as alternatives (--all shows them);
tables mark them with +. A row with the key and source of a shipped figure
and another value is read as yours, with -edited after the source id (s032
becomes s032-edited): it never takes the shipped figure's place.

Exit codes:
  0  done
  1  nothing matched (a note on stderr says what exists), a file that cannot
     be read or written, a --data file that is not CSV or JSON of figures or
     has invalid rows (none of it is read), problems found by check, or an
     unexpected error
  2  a usage error: a wrong command, option or value (the message says which
     and what is accepted); an option that takes one value given twice

Colours: on a terminal only; never with NO_COLOR set; also into a pipe with
FORCE_COLOR set (over NO_COLOR); never into a file written with --out.

Every figure is cited: run "shanxi-industry list sources" for the pages.
`;

const HELP: Readonly<Record<Command, string>> = {
  list: `Usage: shanxi-industry list <what> [options]

Lists a catalogue, with how many figures the data holds for each entry.
  sectors      sector ids (use as --breakdown sector:<id>)
  products     product ids (--breakdown product:<id>)
  ownership    ownership types (--breakdown ownership:<id>)
  regions      shanxi, china
  periods      every period with figures (narrow with the filters below)
  sources      the cited pages: id, kind, date, publisher and url
  indicators   value-added, output, revenue, profit
  measures     yoy, level, …

Options:
  --region, --indicator, --breakdown, --measure, --scope
                              count only these figures
  --all                       count the figures of every source
${DATA}
  --format table|csv|json|md  output format (default table)
${OUTPUT}

Example:
  shanxi-industry list periods --breakdown sector:coal
`,
  show: `Usage: shanxi-industry show [filters] [options]

Prints the figures matching the filters, by indicator and in time order:
period, region, breakdown, measure, value (with the word the page used,
such as "about", and the unit) and source id. Without a filter, every
figure (the preferred source's where sources disagree).

${FILTERS}

Options:
${DATA}
  --format table|csv|json|jsonstat|md   output format (default table)
${OUTPUT}

Examples:
  shanxi-industry show --period 2021-Q1 --region shanxi
  shanxi-industry show --breakdown sector:coal --year 2021 --kind year-to-date
  shanxi-industry show --data mine.csv --breakdown coal --period 2021-Q1 --all
`,
  compare: `Usage: shanxi-industry compare --period ID [options]

Ranks the sectors (or ownership types, or products) of one period by value,
with a bar per row and the gap to the total in percentage points, then the
total, China's figure for the same key, and the sources.

Options:
  --period ID                 the period (required): 2021-Q1, 2022-H1, 2021
  --region shanxi|china       default shanxi
  --kind sector|ownership|product   what to rank (default sector)
  --breakdown ID,ID           only these breakdowns
  --measure ID                default yoy (see "list measures")
  --indicator ID              default value-added
  --scope SCOPE               above-size, all or unstated (default: each
                              breakdown's first of these, as find takes)
${DATA}
  --format table|csv|json|jsonstat|md   output format (default table)
  --chart svg                 an SVG bar chart instead of the table
${OUTPUT}

Examples:
  shanxi-industry compare --period 2021-Q1
  shanxi-industry compare --period 2022-H1 --kind ownership --lang zh
  shanxi-industry compare --period 2021-Q1 --chart svg --out q1.svg
`,
  series: `Usage: shanxi-industry series [options]

Prints one series in time order (one figure per period), with a bar per
period and a sparkline (· marks a period without a figure). Single-month
and cumulative rates are different series: pick one with --kind.

With --against, prints two series side by side and the gap (first minus
--against, in percentage points for rates) for every period either has; a
period only one side has is shown as "Shanxi only" or "China only".

Options:
  --against china|ID          compare with China (the same breakdown), or
                              with another breakdown of the region
  --region shanxi|china       default shanxi
  --breakdown ID              default total
  --indicator ID              default value-added
  --measure ID                default yoy
  --scope SCOPE               above-size, all or unstated: needed when the
                              series has figures of several scopes (with
                              --against, one scope for both sides)
  --kind KIND,…               month, year-to-date, year, range
  --year YYYY,…               only these years
  --from ID, --to ID          only periods on or after / on or before these
${DATA}
  --format table|csv|json|jsonstat|md   output format (default table)
  --chart svg                 an SVG line chart instead of the table (two
                              lines with --against)
${OUTPUT}

Examples:
  shanxi-industry series --region china --kind year-to-date --year 2021
  shanxi-industry series --breakdown sector:coal --kind year-to-date
  shanxi-industry series --against china --kind year
  shanxi-industry series --against china --kind year-to-date --chart svg
`,
  export: `Usage: shanxi-industry export [filters] [options]

Writes the figures matching the filters (every figure without one) as CSV
(RFC 4180), a JSON array of observations, a JSON-stat 2.0 dataset, or a
Markdown table, with source urls.

${FILTERS}

Options:
${DATA}
  --format csv|json|jsonstat|md   output format (default csv)
  --bom                       start the CSV with a UTF-8 byte order mark, so
                              that spreadsheets read the Chinese names right
${OUTPUT}

Examples:
  shanxi-industry export --format csv --year 2021 > 2021.csv
  shanxi-industry export --format jsonstat --region china --out china.json
  shanxi-industry export --data mine.csv --source my-notes --format json
`,
  check: `Usage: shanxi-industry check FILE…

Checks files of your own figures before --data reads them. A file is CSV
(as export --format csv writes it, or a spreadsheet saves it: UTF-8 with or
without BOM, CRLF, ; or tab between fields) or JSON (the array export
--format json writes); - reads standard input.

Prints every problem, one a line: the file, the CSV line, the row (its
index, from 0 after the header), the field, what it takes and the value
found (a decimal comma such as 12,3 gets a hint; it is never read as 123).
The first 100 problems are listed, then how many more there are. Then how
many rows are good, and what --data does with rows that repeat a shipped
figure (read once) or change one (read as yours, with -edited after the
source id, beside the shipped figure).

Options:
  -h, --help    this help

Exit codes: 0 no problems; 1 problems found, or a file that cannot be read
(missing, a folder) or is not CSV or JSON of figures; 2 a wrong command,
option or value.

Examples:
  shanxi-industry check mine.csv
  shanxi-industry export --period 2021-Q1 | shanxi-industry check -
`,
  extract: `Usage: shanxi-industry extract FILE|- [options]

Reads a statistics release (the bureaus' Chinese template or an English
article) from FILE, or standard input with -, and prints every figure it
found with the quote it came from, its period marker and offsets, then what
it could not read and why. Each option takes one value.

Options:
  --url U           the page's address: the source of every figure
  --published D     the page's date, YYYY-MM-DD or YYYY-MM (fixes the year
                    where the text names none)
  --region R        shanxi or china (default: from the text, else shanxi)
  --format F        table (default), csv (the rows, as export writes them)
                    or json (rows, quotes and what was not read)
  --out FILE        write to FILE instead of standard output
  -h, --help        this help

Exit codes: 0 figures found; 1 none found, or FILE cannot be read, or the
--out file cannot be written; 2 a wrong command, option or value.

Examples:
  shanxi-industry extract release.txt --published 2024-09-20
  shanxi-industry extract - --format csv < release.txt > figures.csv
  shanxi-industry extract release.txt --format csv --out figures.csv
`,
};

/** The help text: general, or of one command. */
export function helpText(command?: Command): string {
  return command === undefined ? GENERAL : HELP[command];
}
