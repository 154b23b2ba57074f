/**
 * extractRelease: releases per second on the fixtures, and time against text length (the same
 * release repeated 1× to 512×) to show that the time grows linearly. Run alone with
 * `npx tsx bench/extract.ts`, or as part of `npm run bench` (bench/run.ts).
 */
import { extractRelease } from '../src/extract/index.js';
import * as F from '../test/extract/fixtures.js';

const now = () => performance.now();

function perSecond(text: string, ms = 400): number {
  let n = 0;
  const start = now();
  while (now() - start < ms) {
    extractRelease(text);
    n++;
  }
  return (n * 1000) / (now() - start);
}

/** Median of `runs` timings of one call, in milliseconds. */
function timeOnce(text: string, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = now();
    extractRelease(text);
    xs.push(now() - s);
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1]!;
}

/** The markdown section for docs/performance.md. */
export function runExtractBench(): string {
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
  const rows: string[] = [];
  for (const [name, text] of [
    ['provincial release (zh)', F.ZH_PROVINCE],
    ['national release (zh)', F.ZH_NATIONAL],
    ['hard cases (zh)', F.ZH_HARD],
    ['China Daily style (en)', F.EN_DAILY],
    ['Xinhua style (en)', F.EN_XINHUA],
  ] as const) {
    perSecond(text, 100);
    rows.push(`| ${name} | ${fmt(text.length)} | ${fmt(perSecond(text))} |`);
  }
  const lin: string[] = [];
  let base: number | undefined;
  for (const k of [1, 8, 64, 512]) {
    const text = `${F.ZH_PROVINCE}\n`.repeat(k);
    const ms = timeOnce(text, k >= 512 ? 5 : 15);
    const perChar = (ms * 1e6) / text.length;
    base ??= perChar;
    lin.push(
      `| ${k}× | ${fmt(text.length)} | ${fmt(ms, 2)} | ${fmt(perChar, 0)} | ${fmt(perChar / base, 2)} |`,
    );
  }
  const big = `${F.EN_DAILY}\n`.repeat(Math.ceil(10_000_000 / F.EN_DAILY.length));
  const bigMs = timeOnce(big, 3);
  return [
    '## Reading releases (extractRelease)',
    '',
    '| release | characters | releases per second |',
    '|---|---:|---:|',
    ...rows,
    '',
    'Time against length (the provincial release repeated): the time per character stays flat, so the time grows linearly.',
    '',
    '| repeated | characters | ms (median) | ns per character | per character vs 1× |',
    '|---|---:|---:|---:|---:|',
    ...lin,
    '',
    `A 10 MB text (the English article repeated, ${fmt(big.length)} characters): ${fmt(bigMs, 0)} ms.`,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('extract.ts')) console.log(runExtractBench());
