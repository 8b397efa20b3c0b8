// Lint rules, including the module boundaries of docs/architecture.md: a wrong import fails `npm test`,
// and test/boundaries.test.ts lints a table of forbidden and allowed imports so these rules cannot rot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Which module may import which, one row per module (docs/architecture.md gives the reason for each edge).
 * `imports`: folders it may import, values and types; `types`: folders it may import only with
 * `import type`; every other folder of ours is forbidden in every form (its barrel, index, deep paths,
 * `export ... from`, `import()`). A sub-folder that is a module of its own (`engine/wasm`) is never
 * implied by its parent; other sub-folders (`engine/parse`) inherit the parent's permission unless named.
 * `packages` and `globals`: what only this module (and any other row naming them) may use. `ignores`
 * leaves a sub-module's files to its own row.
 * test/ and bench/ may import anything, so they have no row. ESLint replaces, rather than merges, a rule's
 * options when two config blocks match a file: add a module's other restrictions with its own rule names.
 */
// prettier-ignore
const boundaries = [
  { module: 'model',       files: ['src/model/**'],       imports: [] },
  { module: 'engine',      files: ['src/engine/**'],      imports: ['model'], ignores: ['src/engine/wasm/**'] },
  { module: 'engine/wasm', files: ['src/engine/wasm/**'], imports: ['model', 'engine', 'build'], globals: ['WebAssembly'] },
  { module: 'api',         files: ['src/api/**'],         imports: ['model', 'engine'] },
  { module: 'storage',     files: ['src/storage/**'],     imports: ['model'], packages: ['idb'], globals: ['indexedDB', 'localStorage', 'sessionStorage'] },
  { module: 'share',       files: ['src/share/**'],       imports: ['model'], packages: ['fflate'] },
  { module: 'bridge',      files: ['src/bridge/**'],      imports: ['engine'], types: ['workers'], packages: ['comlink'], globals: ['Worker', 'SharedWorker'] },
  { module: 'ui',          files: ['src/ui/**', 'src/main.tsx'], imports: ['model', 'api', 'storage', 'share', 'bridge', 'cli', 'engine/parse', 'engine/contract'], types: ['engine'], packages: ['react', 'react-dom', 'monaco-editor', 'qrcode', '@xterm'] },
  { module: 'cli',         files: ['src/cli/**'],         imports: ['model', 'engine', 'engine/wasm', 'api'], globals: ['WebAssembly'] },
  { module: 'workers',     files: ['workers/**'],         imports: ['model', 'engine/wasm', 'build'], types: ['engine'], packages: ['comlink'], globals: ['WebAssembly'] },
];

/**
 * Folders with no row, forbidden unless a row names them: assembly/ (ESLint cannot parse AssemblyScript,
 * so test/boundaries.test.ts reads its imports), build/ (generated) and test/ and bench/ (which may
 * import anything themselves).
 */
const otherFolders = { assembly: 'assembly', build: 'build', test: 'test', bench: 'bench' };

const rowOf = new Map(boundaries.map((row) => [row.module, row]));
const parentOf = (name) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : null);

/** A module's folder, or a sub-folder's (`engine/parse` → src/engine/parse). */
function folderOf(name) {
  const folder = rowOf.get(name)?.files[0].replace(/\/\*\*$/, '') ?? otherFolders[name];
  if (folder !== undefined) return folder;
  const parent = parentOf(name);
  if (parent === null) throw new Error(`eslint.config.js: '${name}' is not a module of the boundaries table`);
  return `${folderOf(parent)}/${name.slice(parent.length + 1)}`;
}

const named = [...boundaries.map((r) => r.module), ...Object.keys(otherFolders)];
/** Every folder a rule may name: the modules, the other folders and the sub-folders the rows mention. */
const folders = [...new Set([...named, ...boundaries.flatMap((r) => [...r.imports, ...(r.types ?? [])])])];
const within = (inner, outer) => inner.startsWith(`${outer}/`);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 'value', 'type' or 'none': what `row` may import of `folder`. */
function permission(row, folder) {
  if (row.imports.includes(folder)) return 'value';
  if (row.types?.includes(folder)) return 'type';
  const parent = parentOf(folder);
  return parent === null || rowOf.has(folder) ? 'none' : permission(row, parent);
}

/**
 * A regex for the relative specifiers that reach `folder` from `row`'s files, in every form: `../api`,
 * `../../api/index`, `../src/api/x`, and `./wasm` inside the module that contains it. `except` lists
 * sub-folders with a permission of their own.
 */
function specifierRegex(row, folder, except) {
  const path = folderOf(folder);
  const tails = [escape(path).replace(/^src\//, '(?:src/)?')];
  const own = folderOf(row.module);
  if (within(path, own)) tails.push(escape(path.slice(own.length + 1)));
  const rest = except.length ? `(?!(?:${except.map((f) => escape(f.slice(folder.length + 1))).join('|')})(?:/|$))` : '';
  return `^(?:/|(?:\\.{1,2}/)+)(?:${tails.join('|')})(?:$|/${rest})`;
}

/** True for `folder` inside `row`'s own module (a sub-folder that is not a module of its own). */
function isOwn(row, folder) {
  const own = folderOf(row.module);
  return folderOf(folder) === own || (within(folderOf(folder), own) && !rowOf.has(folder));
}

/** True when the rule for `folder`'s parent already says what `row` may import of `folder`. */
function coveredByParent(row, folder) {
  const parent = parentOf(folder);
  return parent !== null && !isOwn(row, parent) && permission(row, parent) === permission(row, folder);
}

/** The forbidden folders of `row` (with whether types are allowed) as specifier regexes. */
function forbiddenFolders(row) {
  const out = [];
  for (const folder of folders) {
    const allowed = permission(row, folder);
    if (isOwn(row, folder) || allowed === 'value' || coveredByParent(row, folder)) continue;
    const except = folders.filter((f) => parentOf(f) === folder && !coveredByParent(row, f));
    out.push({
      regex: specifierRegex(row, folder, except),
      allowTypeImports: allowed === 'type',
      message:
        allowed === 'type'
          ? `${row.module} may import only types from ${folder}: use \`import type\` (docs/architecture.md).`
          : `${row.module} may not import ${folder} (docs/architecture.md).`,
    });
  }
  return out;
}

/** Packages and globals owned by other rows, with their owners. */
function ownedElsewhere(row, kind) {
  const owners = new Map();
  for (const other of boundaries)
    for (const name of other[kind] ?? []) owners.set(name, [...(owners.get(name) ?? []), other.module]);
  return [...owners].filter(([name]) => !(row[kind] ?? []).includes(name));
}

/** The lint rules of one row: static imports, `import()` and `import('…')` types, and owned globals. */
function boundaryRules(row) {
  const foldersOut = forbiddenFolders(row);
  const packagesOut = ownedElsewhere(row, 'packages').map(([name, owners]) => ({
    regex: `^${escape(name)}(?:/|$)`,
    message: `Only ${owners.join(' and ')} may import ${name} (docs/architecture.md).`,
  }));
  // esquery regex literals cannot contain '/', so it is written \x2F there.
  const inSelector = (regex) => `/${regex.replaceAll('/', '\\x2F')}/i`;
  return {
    'no-restricted-imports': ['error', { patterns: [...foldersOut, ...packagesOut] }],
    'no-restricted-syntax': [
      'error',
      ...[...foldersOut, ...packagesOut].map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=${inSelector(regex)}]`,
        message,
      })),
      ...[...foldersOut.filter((f) => !f.allowTypeImports), ...packagesOut].map(({ regex, message }) => ({
        selector: `TSImportType[source.value=${inSelector(regex)}]`,
        message,
      })),
    ],
    'no-restricted-globals': [
      'error',
      ...ownedElsewhere(row, 'globals').map(([name, owners]) => ({
        name,
        message: `Only ${owners.join(' and ')} may use ${name} (docs/architecture.md).`,
      })),
    ],
  };
}

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'test-results/**', 'node_modules/**', 'assembly/**', 'coverage/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A } from 'x'` still loads 'x' at run time: a type-only import must be `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  ...boundaries.map((row) => ({ files: row.files, ignores: row.ignores ?? [], rules: boundaryRules(row) })),
);
