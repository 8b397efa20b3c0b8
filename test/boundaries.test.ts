// The module boundaries of docs/architecture.md, tested by linting imports written in every form (bare
// barrel, index, deep path; import, `import type`, re-export, `import()`, `typeof import()`) from files of
// every module with the project's ESLint config. The tables below are written independently of
// eslint.config.js, so removing or loosening one of its rules fails a row here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/**
 * What each module (row) may import of each folder (column): V values and types, T `import type` only,
 * - nothing, · itself. A sub-folder inherits nothing from its parent: every cell is spelled out.
 */
const TABLE = `
              model engine engine/parse engine/contract engine/wasm api storage share bridge ui cli workers assembly build test bench
model           ·     -         -             -              -       -     -      -     -     -  -     -       -       -     -    -
engine          V     ·         ·             ·              -       -     -      -     -     -  -     -       -       -     -    -
engine/wasm     V     V         V             V              ·       -     -      -     -     -  -     -       -       V     -    -
api             V     V         V             V              -       ·     -      -     -     -  -     -       -       -     -    -
storage         V     -         -             -              -       -     ·      -     -     -  -     -       -       -     -    -
share           V     -         -             -              -       -     -      ·     -     -  -     -       -       -     -    -
bridge          -     V         V             V              -       -     -      -     ·     -  -     T       -       -     -    -
ui              V     T         V             V              -       V     V      V     V     ·  V     -       -       -     -    -
cli             V     V         V             V              V       V     -      -     -     -  ·     -       -       -     -    -
workers         V     T         T             T              V       -     -      -     -     -  -     ·       -       V     -    -
test            V     V         V             V              V       V     V      V     V     V  V     V       V       V     ·    V
bench           V     V         V             V              V       V     V      V     V     V  V     V       V       V     V    ·
`;

/** Where each column lives. */
const FOLDERS: Record<string, string> = {
  model: 'src/model',
  engine: 'src/engine',
  'engine/parse': 'src/engine/parse',
  'engine/contract': 'src/engine/contract',
  'engine/wasm': 'src/engine/wasm',
  api: 'src/api',
  storage: 'src/storage',
  share: 'src/share',
  bridge: 'src/bridge',
  ui: 'src/ui',
  cli: 'src/cli',
  workers: 'workers',
  assembly: 'assembly',
  build: 'build',
  test: 'test',
  bench: 'bench',
};

/** Files of each module (at different depths) that the imports are written in. */
const SAMPLES: Record<string, string[]> = {
  model: ['src/model/x.ts', 'src/model/awsManagedPolicies/x.ts'],
  engine: ['src/engine/x.ts', 'src/engine/evaluate/x.ts'],
  'engine/wasm': ['src/engine/wasm/x.ts'],
  api: ['src/api/x.ts'],
  storage: ['src/storage/x.ts'],
  share: ['src/share/x.ts'],
  bridge: ['src/bridge/x.ts'],
  ui: ['src/main.tsx', 'src/ui/App.tsx', 'src/ui/users/X.tsx'],
  cli: ['src/cli/x.ts', 'src/cli/aws/x.ts'],
  workers: ['workers/x.worker.ts'],
  test: ['test/x.test.ts', 'test/api/x.test.ts'],
  bench: ['bench/x.ts', 'bench/browser/x.ts'],
};

/** Packages only their owners (and test/, bench/) may import, in the forms they are imported. */
const PACKAGES: Record<string, string[]> = {
  idb: ['storage'],
  'idb/with-async-ittr': ['storage'],
  comlink: ['bridge', 'workers'],
  fflate: ['share'],
  react: ['ui'],
  'react/jsx-runtime': ['ui'],
  'react-dom/client': ['ui'],
  'monaco-editor/esm/vs/editor/editor.api': ['ui'],
  qrcode: ['ui'],
  '@xterm/xterm': ['ui'],
};

/** Globals only their owners (and test/, bench/) may use: the one owner of each resource. */
const GLOBALS: Record<string, string[]> = {
  indexedDB: ['storage'],
  localStorage: ['storage'],
  sessionStorage: ['storage'],
  Worker: ['bridge'],
  SharedWorker: ['bridge'],
  WebAssembly: ['engine/wasm', 'workers', 'cli'],
};

const UNRESTRICTED = ['test', 'bench'];
const BOUNDARY_RULES = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'];

type Cell = 'V' | 'T' | '-' | '·';
const [header, ...rows] = TABLE.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));
const columns = header;
const cells = new Map<string, Map<string, Cell>>(
  rows.map(([from, ...marks]) => [from, new Map(columns.map((to, i) => [to, marks[i] as Cell]))]),
);

/** The ways a file imports a specifier; `typeOnly` ones are allowed where the table says T. */
const KINDS: { name: string; typeOnly: boolean; line: (s: string, n: number) => string }[] = [
  { name: 'import', typeOnly: false, line: (s, n) => `import { v${n} } from '${s}'; void v${n};` },
  { name: 'default import', typeOnly: false, line: (s, n) => `import d${n} from '${s}'; void d${n};` },
  { name: 'side-effect import', typeOnly: false, line: (s) => `import '${s}';` },
  { name: 'export from', typeOnly: false, line: (s, n) => `export { v as e${n} } from '${s}';` },
  { name: 'export * from', typeOnly: false, line: (s) => `export * from '${s}';` },
  { name: 'import()', typeOnly: false, line: (s) => `void import('${s}');` },
  {
    name: 'import type',
    typeOnly: true,
    line: (s, n) => `import type { T${n} } from '${s}'; export type U${n} = T${n};`,
  },
  { name: 'export type from', typeOnly: true, line: (s, n) => `export type { T as X${n} } from '${s}';` },
  { name: 'typeof import()', typeOnly: true, line: (s, n) => `export type Q${n} = typeof import('${s}');` },
];

/** The specifiers that reach `folder` from `file`: bare barrel, its index and a deep path. */
function specifiers(file: string, folder: string): string[] {
  const rel = posix.relative(posix.dirname(file), folder);
  const barrel = rel.startsWith('.') ? rel : `./${rel}`;
  if (folder === 'src/engine/contract') return [barrel];
  if (folder === 'build') return [barrel, `${barrel}/engine.js`, `${barrel}/engine.wasm?url`];
  return [barrel, `${barrel}/index`, `${barrel}/deep/module`];
}

/** One line of a sample file and what the table expects of it. */
interface Probe {
  line: string;
  allowed: boolean;
  what: string;
}

function probesOf(from: string, file: string): Probe[] {
  const probes: Probe[] = [];
  for (const to of columns) {
    const cell = cells.get(from)!.get(to)!;
    if (cell === '·') continue;
    for (const s of specifiers(file, FOLDERS[to]))
      for (const kind of KINDS)
        probes.push({
          line: kind.line(s, probes.length),
          allowed: cell === 'V' || (cell === 'T' && kind.typeOnly),
          what: `${to}: ${kind.name} '${s}'`,
        });
  }
  for (const [name, owners] of Object.entries(PACKAGES))
    for (const kind of KINDS.filter((k) => ['import', 'import type', 'import()'].includes(k.name)))
      probes.push({
        line: kind.line(name, probes.length),
        allowed: owners.includes(from) || UNRESTRICTED.includes(from),
        what: `package: ${kind.name} '${name}'`,
      });
  for (const [name, owners] of Object.entries(GLOBALS))
    probes.push({
      line: `void ${name};`,
      allowed: owners.includes(from) || UNRESTRICTED.includes(from),
      what: `global ${name}`,
    });
  return probes;
}

/** Lints each sample file once: its probes and the boundary messages on each line. */
const linted = new Map<string, { probes: Probe[]; messages: Map<number, Linter.LintMessage[]> }>();

beforeAll(async () => {
  const eslint = new ESLint({ cwd: root });
  for (const [from, files] of Object.entries(SAMPLES))
    for (const file of files) {
      const probes = probesOf(from, file);
      const [result] = await eslint.lintText(probes.map((p) => p.line).join('\n'), { filePath: join(root, file) });
      const messages = new Map<number, Linter.LintMessage[]>();
      for (const m of result.messages) {
        // A parse error would make every row pass vacuously.
        if (m.fatal) throw new Error(`${file}:${m.line}: ${m.message}`);
        if (BOUNDARY_RULES.includes(m.ruleId ?? '')) messages.set(m.line, [...(messages.get(m.line) ?? []), m]);
      }
      linted.set(file, { probes, messages });
    }
}, 120_000);

/** The probes of `from`'s sample files whose lint result differs from the table, as readable lines. */
function mismatches(from: string, only: (p: Probe) => boolean): string[] {
  const out: string[] = [];
  for (const file of SAMPLES[from]) {
    const { probes, messages } = linted.get(file)!;
    probes.forEach((p, i) => {
      if (!only(p)) return;
      const reported = messages.has(i + 1);
      if (reported === p.allowed) out.push(`${file}: ${p.what} is ${reported ? 'refused' : 'allowed'}`);
    });
  }
  return out;
}

const verb: Record<Cell, string> = { V: 'may import', T: 'may import only types from', '-': 'may not import', '·': '' };

describe.each([...cells.keys()])('the %s module', (from) => {
  const targets = columns.filter((to) => cells.get(from)!.get(to) !== '·');
  it.each(targets.map((to) => [`${from} ${verb[cells.get(from)!.get(to)!]} ${to}`, to]))('%s', (_, to) => {
    expect(mismatches(from, (p) => p.what.startsWith(`${to}:`))).toEqual([]);
  });

  it(`${from} imports only the packages and uses only the globals it owns`, () => {
    expect(mismatches(from, (p) => !columns.some((to) => p.what.startsWith(`${to}:`)))).toEqual([]);
  });
});

it('an import of types only written `import { type A }` is refused: it still loads the module', async () => {
  const [result] = await new ESLint({ cwd: root }).lintText(
    "import { type ApiContext } from '../api';\nexport type A = ApiContext;\n",
    {
      filePath: join(root, 'src/ui/App.tsx'),
    },
  );
  expect(result.messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-import-type-side-effects']);
});

describe('the table covers the code', () => {
  const codeFolders = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'node_modules' && !d.name.startsWith('.'))
      .filter((d) => hasCode(join(dir, d.name)))
      .map((d) => join(dir, d.name));
  function hasCode(dir: string): boolean {
    return readdirSync(join(root, dir), { withFileTypes: true }).some((d) =>
      d.isDirectory() ? hasCode(join(dir, d.name)) : /\.(ts|tsx|mts)$/.test(d.name),
    );
  }

  it('every module under src/ and every folder of code at the root has a row and a sample file', () => {
    const known = new Set(Object.values(FOLDERS));
    const folders = [...codeFolders('src'), ...codeFolders('.').filter((d) => d !== 'src')];
    expect(folders.filter((d) => !known.has(d))).toEqual([]);
    for (const from of cells.keys()) expect(SAMPLES[from], from).toBeDefined();
  });

  it('assembly/ imports only assembly/ (ESLint cannot parse AssemblyScript, so this reads its imports)', () => {
    const outside: string[] = [];
    for (const name of readdirSync(join(root, 'assembly')).filter((f) => f.endsWith('.ts'))) {
      const file = join(root, 'assembly', name);
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
        const target = relative(join(root, 'assembly'), join(dirname(file), fileName));
        if (!fileName.startsWith('.') || target.startsWith('..')) outside.push(`${name}: ${fileName}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

describe('one TypeScript project per runtime', () => {
  const project = (config: string) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(root, config),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    return {
      files: new Set(parsed.fileNames.map((f) => relative(root, f).split('\\').join('/'))),
      lib: parsed.options.lib ?? [],
      types: parsed.options.types ?? [],
    };
  };
  const app = project('tsconfig.app.json');
  const node = project('tsconfig.node.json');
  const worker = project('workers/tsconfig.json');

  it('the page has the DOM and no Node types; the worker has WebWorker and no DOM', () => {
    expect(app.lib.some((l) => /dom\.d\.ts$/.test(l))).toBe(true);
    expect(app.types).not.toContain('node');
    expect(worker.lib.some((l) => /webworker\.d\.ts$/.test(l))).toBe(true);
    expect(worker.lib.some((l) => /dom\.d\.ts$/.test(l))).toBe(false);
    expect(worker.types).not.toContain('node');
    expect(node.types).toContain('node');
  });

  it('every TypeScript file is checked under its runtime', () => {
    const runsOnNode = (f: string) =>
      /^(src\/cli|test|bench)\//.test(f) || f === 'src/model/generateScenarioSchema.ts' || !f.includes('/');
    const tsFiles = (dir: string, deep = true): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => {
        const path = dir === '.' ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) return deep ? tsFiles(path) : [];
        return /\.(ts|tsx|mts)$/.test(d.name) ? [path] : [];
      });
    const wrong: string[] = [];
    for (const f of [...tsFiles('src'), ...tsFiles('test'), ...tsFiles('bench'), ...tsFiles('.', false)]) {
      if (runsOnNode(f) ? !node.files.has(f) || app.files.has(f) : !app.files.has(f)) wrong.push(f);
    }
    for (const f of tsFiles('workers')) if (!worker.files.has(f)) wrong.push(f);
    expect(wrong).toEqual([]);
  });
});
