/** A check of the extractor's spans, shared by its tests. */

/**
 * Why the span [s, e) of `text` does not start or end at a sensible boundary: inside a number,
 * inside an English word, on a space, or inside a period word (`份10820.6万吨` of 5月份…).
 */
export function badBoundaries(text: string, s: number, e: number): string[] {
  const bad: string[] = [];
  const digit = /[\d０-９]/;
  const letter = /[A-Za-z]/;
  const q = text.slice(s, e);
  if (q === '' || /^\s|\s$/.test(q)) bad.push('empty or on a space');
  if (digit.test(text[s - 1] ?? '') && /[\d０-９.,．]/.test(text[s] ?? ''))
    bad.push('starts inside a number');
  if (
    digit.test(text[e - 1] ?? '') &&
    (digit.test(text[e] ?? '') || (/[.,．]/.test(text[e] ?? '') && digit.test(text[e + 1] ?? '')))
  )
    bad.push('ends inside a number');
  if (letter.test(text[s - 1] ?? '') && letter.test(text[s] ?? ''))
    bad.push('starts inside a word');
  if (letter.test(text[e - 1] ?? '') && letter.test(text[e] ?? '')) bad.push('ends inside a word');
  if (/^[份月日]/.test(q)) bad.push('starts inside a period word');
  return bad.map((b) => `${b}: ${JSON.stringify(q)}`);
}
