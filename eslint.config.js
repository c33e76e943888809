// Lint: TypeScript rules plus the layer rule that keeps dependencies pointing inward to core.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layers each layer may import at run time (see docs/architecture.md). */
const LAYERS = {
  core: [],
  extract: ['core'],
  resolve: ['core'],
  analysis: ['core'],
  store: ['core'],
  render: ['core', 'analysis'],
  ingest: ['core', 'extract', 'resolve', 'store'],
  ledger: ['core', 'extract', 'resolve', 'analysis', 'store', 'ingest', 'render'],
  server: ['core', 'extract', 'resolve', 'analysis', 'store', 'ingest', 'render', 'ledger'],
  cli: ['core', 'extract', 'resolve', 'analysis', 'store', 'ingest', 'render', 'ledger', 'server'],
  web: ['core'],
};
const ALL = Object.keys(LAYERS);

const layerRules = ALL.map((layer) => {
  const forbidden = ALL.filter((other) => other !== layer && !LAYERS[layer].includes(other));
  const patterns = forbidden.map((other) => ({
    group: [`**/${other}/*`, `**/${other}/**`, `../${other}`, `../../${other}`],
    message: `${layer} must not depend on ${other}: dependencies point inward (docs/architecture.md).`,
    ...(layer === 'web' ? { allowTypeImports: true } : {}),
  }));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'web-dist/**', 'node_modules/**', 'test-results/**', 'bench/out/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/extract/**/*.ts', 'src/resolve/**/*.ts', 'src/analysis/**/*.ts'],
    rules: {
      // Pure layers: no process, no file system, no network.
      'no-restricted-globals': ['error', { name: 'process', message: 'pure layers read no environment: pass options in.' }],
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:net', 'node:http'] }],
    },
  },
  ...layerRules,
);
