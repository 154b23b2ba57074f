import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isShanxiIndustryError, ShanxiIndustryError } from '../src/errors.js';

describe('errors', () => {
  it('carries a code, the offending value and details', () => {
    const e = new ShanxiIndustryError('INVALID_PERIOD', 'bad', '2021-13', [
      { path: [0], message: 'x' },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ShanxiIndustryError');
    expect(e.code).toBe('INVALID_PERIOD');
    expect(e.value).toBe('2021-13');
    expect(e.details).toEqual([{ path: [0], message: 'x' }]);
  });

  it('every code is documented in one place', () => {
    for (const [k, v] of Object.entries(ERROR_CODES)) {
      expect(k).toMatch(/^[A-Z_]+$/);
      expect(v.length).toBeGreaterThan(10);
    }
  });

  it('the guard rejects look-alikes and non-objects', () => {
    expect(isShanxiIndustryError(Object.assign(new Error('x'), { code: 'INVALID_PERIOD' }))).toBe(
      false,
    );
    expect(isShanxiIndustryError(null)).toBe(false);
    expect(isShanxiIndustryError('INVALID_PERIOD')).toBe(false);
  });

  it('the guard works across realms (another vm context)', () => {
    const foreign = runInNewContext(
      `const e = new Error('x'); Object.defineProperty(e, Symbol.for('shanxi-industry.error'), { value: true }); e.code = 'NOT_A_NUMBER'; e`,
    );
    expect(foreign instanceof ShanxiIndustryError).toBe(false);
    expect(isShanxiIndustryError(foreign)).toBe(true);
  });

  it('the guard works across the ESM and CJS builds (instanceof does not)', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require('../dist/index.cjs');
    const built = '../dist/index.js'; // a variable: the type-check runs before the build
    const esm = await import(built);
    const fromCjs = new cjs.ShanxiIndustryError('EMPTY_INPUT', 'x', []);
    expect(fromCjs instanceof esm.ShanxiIndustryError).toBe(false);
    expect(esm.isShanxiIndustryError(fromCjs)).toBe(true);
    expect(cjs.isShanxiIndustryError(new esm.ShanxiIndustryError('EMPTY_INPUT', 'x', []))).toBe(
      true,
    );
  });
});
