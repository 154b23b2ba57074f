import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-data.js';
import { checkClaims } from '../../src/compare/claim-check.js';
import { claims } from '../../src/data/claims.js';
import { FACT_COUNTS } from '../../src/data/generated/facts.js';
import { observations, sources } from '../../src/data/observations.js';
import { OWNERSHIPS, PRODUCTS, SECTORS } from '../../src/model/catalogues.js';
import { parsePeriod } from '../../src/model/period.js';
import { unitFitsMeasure } from '../../src/model/vocab.js';
import { query, sourceOf } from '../../src/query/shipped.js';
import { allClaims, allFacts, allSources, root, tsv } from '../helpers/tsv.js';

describe('generated modules', () => {
  it('equal what the generator makes from the TSVs (no drift)', () => {
    for (const [path, text] of Object.entries(generate())) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
    }
  });
  // data/SHARED.sha256 records the checksums of ../shared/data's TSVs as last synced. The
  // project's TSVs must match it everywhere (CI included); where ../shared is present (the
  // workplace), its TSVs must match it too, so the two copies are equal. A TSV edited here
  // without a re-sync fails the first test; a re-sync without updating the record fails the
  // second.
  const recorded = readFileSync(join(root, 'data', 'SHARED.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/) as [string, string]);
  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const sharedData = join(root, '..', 'shared', 'data');

  it('the TSVs in the project match the checksums recorded when they were synced', () => {
    expect(recorded.map(([, file]) => file).sort()).toEqual(
      ['china/claims.tsv', 'china/facts.tsv', 'china/sources.tsv']
        .concat(['shanxi/claims.tsv', 'shanxi/facts.tsv', 'shanxi/sources.tsv'])
        .sort(),
    );
    for (const [hash, file] of recorded) expect(sha256(join(root, 'data', file)), file).toBe(hash);
  });

  it.skipIf(!existsSync(sharedData))(
    'the verified TSVs in ../shared/data match the same checksums (skipped where ../shared is absent)',
    () => {
      for (const [hash, file] of recorded) expect(sha256(join(sharedData, file)), file).toBe(hash);
    },
  );
});

describe('every fact ships, exactly', () => {
  const facts = allFacts();
  const byId = new Map(observations.map((o) => [o.id, o]));

  it('counts per file equal the TSV row counts', () => {
    expect(FACT_COUNTS).toEqual({
      shanxi: tsv('shanxi', 'facts').length,
      china: tsv('china', 'facts').length,
    });
    expect(observations).toHaveLength(facts.length);
    expect(facts.length).toBe(1113); // 588 Shanxi + 525 China
  });

  it('each row becomes an observation with the same fields, value as published', () => {
    for (const f of facts) {
      const o = byId.get(f.id!);
      expect(o, f.id).toBeDefined();
      expect(o!.region).toBe(f.region);
      expect(o!.indicator).toBe(f.indicator);
      expect(o!.breakdown).toBe(f.breakdown);
      expect(o!.period).toBe(f.period);
      expect(o!.measure).toBe(f.measure);
      expect(o!.value.toFixed(o!.decimals), f.id).toBe(f.value);
      expect(o!.unit).toBe(f.unit);
      expect(o!.qualifier ?? '').toBe(f.qualifier);
      expect(o!.scope ?? '').toBe(f.scope);
      expect(o!.source).toBe(f.source);
      expect(o!.yearBasis).toBe(f.year_basis);
      expect(o!.note ?? '').toBe(f.note);
    }
  });

  it('every row is reachable through query with its exact value and its source url', () => {
    const urls = new Map(allSources().map((s) => [s.id, s.url]));
    for (const f of facts) {
      const hits = query(
        {
          region: f.region as never,
          indicator: f.indicator as never,
          breakdown: f.breakdown as never,
          period: f.period as never,
          measure: f.measure as never,
          scope: (f.scope || 'unstated') as never,
        },
        { alternatives: true },
      );
      const o = hits.find((h) => h.id === f.id);
      expect(o, f.id).toBeDefined();
      expect(o!.value.toFixed(o!.decimals)).toBe(f.value);
      expect(o!.scope ?? '').toBe(f.scope);
      expect(sourceOf(o!)?.url).toBe(urls.get(f.source!));
    }
  });

  it('sources ship with every field', () => {
    const rows = allSources();
    expect(sources).toHaveLength(rows.length);
    for (const [i, s] of rows.entries()) {
      const o = sources[i]!;
      expect([o.id, o.url, o.title, o.publisher, o.published ?? '', o.language, o.kind]).toEqual([
        s.id,
        s.url,
        s.title,
        s.publisher,
        s.published,
        s.language,
        s.kind,
      ]);
    }
  });
});

describe('integrity', () => {
  it('ids are unique', () => {
    expect(new Set(observations.map((o) => o.id)).size).toBe(observations.length);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
  it('every cited source exists and every source is cited', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const o of observations) expect(ids.has(o.source), o.id).toBe(true);
    for (const c of claims) expect(ids.has(c.source), c.id).toBe(true);
    const cited = new Set([...observations.map((o) => o.source), ...claims.map((c) => c.source)]);
    const unused = sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(unused).toEqual([]);
  });
  it('every breakdown is in the catalogues', () => {
    const known = new Set([
      'total',
      ...SECTORS.map((s) => `sector:${s.id}`),
      ...OWNERSHIPS.map((s) => `ownership:${s.id}`),
      ...PRODUCTS.map((s) => `product:${s.id}`),
    ]);
    for (const o of observations) expect(known.has(o.breakdown), o.breakdown).toBe(true);
    for (const c of claims) expect(known.has(c.breakdown), c.breakdown).toBe(true);
    // and every catalogue entry is used
    const used = new Set(observations.map((o) => o.breakdown));
    expect([...known].filter((k) => !used.has(k as never) && k !== 'total')).toEqual([]);
  });
  it('periods are valid and canonical', () => {
    for (const o of observations) expect(parsePeriod(o.period).id, o.id).toBe(o.period);
  });
  it('yoy values lie between −100 and 10,000; ranks are positive integers; units fit measures', () => {
    for (const o of observations) {
      if (o.measure === 'yoy') expect(o.value > -100 && o.value < 10_000, o.id).toBe(true);
      if (o.measure === 'national-rank')
        expect(Number.isInteger(o.value) && o.value >= 1, o.id).toBe(true);
      expect(unitFitsMeasure(o.measure, o.unit), o.id).toBe(true);
    }
  });
  it('the six founding figures are present', () => {
    const founding = observations.filter((o) =>
      ['f0159', 'f0160', 'f0161', 'f0162', 'f0163', 'f0164'].includes(o.id!),
    );
    expect(founding.map((o) => [o.breakdown, o.value])).toEqual([
      ['total', 23.9],
      ['sector:coal', 24.1],
      ['sector:equipment-manufacturing', 41.8],
      ['sector:high-tech-manufacturing', 25.3],
      ['sector:non-coal', 23.8],
      ['sector:strategic-emerging', 29.4],
    ]);
    expect(founding.every((o) => o.period === '2021-01/2021-03' && o.measure === 'yoy')).toBe(true);
  });
});

describe('claims as consistency checks', () => {
  const checks = checkClaims();
  it('ship every claim with its stated gap as published', () => {
    const rows = allClaims();
    expect(claims).toHaveLength(rows.length);
    for (const [i, r] of rows.entries())
      expect(claims[i]!.pp.toFixed(claims[i]!.decimals)).toBe(r.pp);
  });
  it('every claim whose two sides are stored agrees with their difference within rounding', () => {
    const inconsistent = checks.filter((c) => c.status === 'inconsistent');
    expect(inconsistent.map((c) => [c.claim.id, c.difference, c.claim.pp])).toEqual([]);
    const consistent = checks.filter((c) => c.status === 'consistent');
    expect(consistent.length).toBe(87);
    // most agree to the last decimal; the rest differ by rounding only
    const exact = consistent.filter((c) => c.difference === c.claim.pp).length;
    expect(exact).toBeGreaterThan(60);
  });
  it('lists the unresolved ones with a reason', () => {
    const unresolved = checks.filter((c) => c.status === 'unresolved');
    expect(unresolved.length).toBe(45);
    expect(
      unresolved.filter((c) => c.reason === 'compares different measures').map((c) => c.claim.id),
    ).toEqual(['ck016', 'ck058']);
  });
});
