/**
 * Unknown ids: the coded error for an id no catalogue or vocabulary has, with the nearest id
 * it may have meant. No zod, no data.
 *
 * @module
 * @internal
 */
import { ShanxiIndustryError, show } from '../errors.js';

/** Edit distance of two short strings (insertions, deletions, substitutions), at most `cap + 1`. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/**
 * The id a caller most likely meant by `value`: the same id in another case, the bare id of a
 * breakdown (`coal` → `sector:coal`), or the only nearest id within two edits (none when two
 * are as near).
 *
 * @internal
 */
export function nearestId(value: string, ids: readonly string[]): string | undefined {
  const lower = value.toLowerCase().trim();
  const exact = ids.filter((id) => id.toLowerCase() === lower || id.endsWith(`:${lower}`));
  if (exact.length === 1) return exact[0];
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const id of ids) {
    const d = distance(lower, id.toLowerCase(), 2);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * The `UNKNOWN_ID` error for a value of `field` that is not one of `ids`: it shows the value,
 * and the id it may have meant, or a few accepted ids.
 *
 * @internal
 */
export function unknownId(
  where: string,
  field: string,
  value: unknown,
  ids: readonly string[],
): ShanxiIndustryError {
  const near = typeof value === 'string' ? nearestId(value, ids) : undefined;
  const hint =
    near !== undefined
      ? `did you mean ${show(near)}?`
      : ids.length <= 8
        ? `accepted are ${ids.map((id) => show(id)).join(', ')}.`
        : `accepted are ids such as ${ids
            .slice(0, 3)
            .map((id) => show(id))
            .join(', ')} (see the catalogues).`;
  return new ShanxiIndustryError(
    'UNKNOWN_ID',
    `${where}: ${field} ${show(value)} is not a known id; ${hint}`,
    value,
  );
}
