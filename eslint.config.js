// Lint rules, including the module boundaries of STYLE.md: a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ours = (dirs) => dirs.map((d) => `**/${d}/**`);
/** Module boundaries: each entry forbids imports into `files` from the listed folders/packages. */
const boundaries = [
  {
    files: ['src/model/**'],
    forbid: ['engine', 'api', 'storage', 'share', 'bridge', 'ui', 'cli', 'workers', 'assembly', 'build'],
    packages: ['idb', 'react'],
  },
  {
    files: ['src/engine/**'],
    forbid: ['api', 'storage', 'share', 'bridge', 'ui', 'cli', 'workers', 'assembly', 'build'],
    packages: ['idb', 'react'],
  },
  {
    files: ['src/api/**'],
    forbid: ['storage', 'share', 'bridge', 'ui', 'cli', 'workers', 'assembly', 'build'],
    packages: ['idb', 'react'],
  },
  {
    files: ['src/storage/**'],
    forbid: ['engine', 'api', 'share', 'bridge', 'ui', 'cli', 'workers', 'assembly', 'build'],
    packages: ['react'],
  },
  {
    files: ['src/share/**'],
    forbid: ['engine', 'api', 'storage', 'bridge', 'ui', 'cli', 'workers', 'assembly', 'build'],
    packages: ['idb', 'react'],
  },
  {
    files: ['src/bridge/**'],
    forbid: ['api', 'storage', 'share', 'ui', 'cli', 'assembly', 'build'],
    packages: ['idb', 'react'],
  },
  { files: ['src/ui/**'], forbid: ['workers', 'assembly', 'build', 'engine/wasm'], packages: ['idb'] },
  {
    files: ['workers/**'],
    forbid: ['api', 'storage', 'share', 'bridge', 'ui', 'cli', 'assembly'],
    packages: ['idb', 'react'],
  },
];

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'test-results/**', 'node_modules/**', 'assembly/**', 'coverage/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaries.map(({ files, forbid, packages }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ours(forbid).concat(
                forbid.map((d) => `../${d}/**`),
                forbid.map((d) => `../../${d}/**`),
              ),
              message: 'This import crosses a module boundary (see STYLE.md).',
            },
            ...packages.map((p) => ({
              group: [p, `${p}/*`],
              message: `Only the owning module may import ${p} (see STYLE.md).`,
            })),
          ],
        },
      ],
    },
  })),
  {
    // The UI may only reach the worker through src/bridge, which imports its type.
    files: ['src/bridge/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'error' },
  },
);
