import { defineConfig } from 'tsup';

// Library entries: isomorphic (no Node built-ins), ESM + CJS with declarations for both.
const library = {
  index: 'src/index.ts',
  export: 'src/export/index.ts',
};

export default defineConfig([
  {
    entry: library,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
]);
