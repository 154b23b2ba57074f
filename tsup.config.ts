import { defineConfig } from 'tsup';

// Library entries: isomorphic (no Node built-ins), ESM + CJS with declarations for both.
const library = {
  index: 'src/index.ts',
  export: 'src/export/index.ts',
  chart: 'src/chart/index.ts',
  extract: 'src/extract/index.ts',
  schemas: 'src/schemas/index.ts',
};

export default defineConfig([
  {
    entry: library,
    format: ['esm', 'cjs'],
    dts: true,
    // no source maps: they embed the TypeScript sources, 2.4 MB of the 4.1 MB unpacked, and
    // the JavaScript shipped is not minified, so stack traces read as they are
    sourcemap: false,
    clean: false, // the build script empties dist first: two configs write into it
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
  {
    // The command-line tool: Node only, ESM, one file with a shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // the library itself is imported at run time through the package's own exports, not
    // bundled a second time into the command
    external: ['zod', /^shanxi-industry(\/.*)?$/],
  },
]);
