/**
 * The CSV tokenizer of `fromCSV`: no imports, no validation; records with the line each
 * begins on. A module of its own so that the bench can measure it alone against papaparse,
 * d3-dsv and csv-parse.
 *
 * @module
 * @internal
 */

/**
 * Splits CSV text into records, calling `record(fields, line)` for each, `line` being the line
 * it begins on (1 for the first). RFC 4180: fields may be quoted, a quote inside a quoted field
 * is doubled, records end with CRLF, LF or CR. A quote inside an unquoted field is kept as it
 * is (hand-made files have them). Returns the line of an unterminated quote, if any.
 */
export function records(
  text: string,
  delimiter: string,
  record: (fields: string[], line: number, junk: number) => void,
): number | undefined {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let junk = -1;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34) {
        // a quoted field: runs to the next quote that is not doubled
        let j = i + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) return line;
          const chunk = text.slice(j, q);
          line += breaks(chunk);
          if (text.charCodeAt(q + 1) === 34) {
            value += `${chunk}"`;
            j = q + 2;
          } else {
            value += chunk;
            i = q + 1;
            break;
          }
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== d && c !== 13 && c !== 10) {
          // `"a"b`: text after a closing quote; keep it, the record is reported as faulty
          let j = i;
          while (
            j < n &&
            text.charCodeAt(j) !== d &&
            text.charCodeAt(j) !== 13 &&
            text.charCodeAt(j) !== 10
          )
            j++;
          if (junk < 0) junk = fields.length;
          fields.push(`${value}${text.slice(i, j)}`);
          i = j;
        } else fields.push(value);
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === d || c === 13 || c === 10) break;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = text.charCodeAt(i);
      if (i < n && c === d) {
        i++;
        continue;
      }
      if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (c === 10) i++;
      if (i <= n && (c === 13 || c === 10)) line++;
      break;
    }
    record(fields, start, junk);
  }
  return undefined;
}

/** The number of line breaks in a text (CRLF counts once). */
function breaks(text: string): number {
  let count = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++;
  for (let k = text.indexOf('\r'); k >= 0; k = text.indexOf('\r', k + 1))
    if (text.charCodeAt(k + 1) !== 10) count++;
  return count;
}
