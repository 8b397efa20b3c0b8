// The batch evaluator: `npm run --silent eval -- --engine=ts|wasm [--explain] [--repeat=N]`.
// Reads JSON Lines request bundles on stdin and writes exactly one JSON line per bundle line, in
// order: {"id", "decision"} (plus "explain" with --explain) or {"id", "error"}. Define lines
// (`{"define": {...}}`) register named policies for `{"$ref": "name"}` and print nothing.
// --repeat=N evaluates the whole input N times and prints the results once. Exit status is 0
// unless stdin cannot be read (1) or the command line is wrong (2). Contract: README.md, "The batch evaluator".

import { BundleLoader } from '../engine/bundle';
import { compileBundle } from '../engine/compileBundle';
import type { CompiledBundle, Engine, PolicyHandle } from '../engine/contract';
import { DECISIONS } from '../engine/contract';
import type { Policy } from '../engine/policy';
import { TsEngine } from '../engine/tsEngine';
import { createEngine } from './engines';

/** The command-line options. */
export interface EvalOptions {
  engine: string;
  explain: boolean;
  repeat: number;
}

/** Parses argv (without node and script); throws a message for a bad flag. */
export function parseArgs(args: readonly string[]): EvalOptions {
  const options: EvalOptions = { engine: 'ts', explain: false, repeat: 1 };
  for (const arg of args) {
    const [flag, value] = arg.split(/=(.*)/s, 2);
    if (flag === '--engine' && value !== undefined) options.engine = value;
    else if (flag === '--explain' && value === undefined) options.explain = true;
    else if (flag === '--repeat' && value !== undefined && /^[1-9]\d*$/.test(value)) options.repeat = Number(value);
    else throw new Error(`unknown or malformed option "${arg}" (expected --engine=ts|wasm, --explain, --repeat=N)`);
  }
  return options;
}

/** One bundle line after loading: ready to evaluate, or already an error. */
type Item = { id: unknown; bundle: CompiledBundle; explained?: CompiledBundle } | { id: unknown; error: string };

/** Evaluates the lines of one input and returns the output lines (without newlines). */
export function evaluateLines(lines: readonly string[], engine: Engine, options: EvalOptions): string[] {
  const loader = new BundleLoader();
  const handles = new WeakMap<Policy, PolicyHandle>();
  // Explanations always come from the TS reference, reusing the evaluating engine when it is one.
  const explainer = options.explain ? (engine instanceof TsEngine ? engine : new TsEngine()) : null;
  const explainerHandles = engine === explainer ? handles : new WeakMap<Policy, PolicyHandle>();
  const items: Item[] = [];
  lines.forEach((line, index) => {
    const read = loader.readLine(line);
    if (read.type === 'define') {
      if (read.result.type === 'failure') {
        process.stderr.write(
          `line ${index + 1}: define ignored: ${read.result.errors.map((e) => e.message).join('; ')}\n`,
        );
      }
      return;
    }
    if (read.result.type === 'failure') {
      items.push({ id: read.id, error: read.result.errors.map((e) => e.message).join('; ') });
      return;
    }
    const parsed = read.result.value;
    try {
      const bundle = compileBundle(engine, parsed, handles);
      const explained = explainer ? compileBundle(explainer, parsed, explainerHandles) : undefined;
      items.push({ id: read.id, bundle, explained });
    } catch (e) {
      items.push({ id: read.id, error: `the bundle could not be compiled: ${(e as Error).message}` });
    }
  });

  const ready = items.flatMap((item) => ('bundle' in item ? [item.bundle] : []));
  let codes: Uint8Array = new Uint8Array(0);
  for (let r = 0; r < options.repeat; r++) codes = engine.evaluateBatch(ready);

  let next = 0;
  return items.map((item) => {
    if ('error' in item) return JSON.stringify({ id: item.id, error: item.error });
    const decision = DECISIONS[codes[next++]];
    if (explainer === null || item.explained === undefined) return JSON.stringify({ id: item.id, decision });
    return JSON.stringify({ id: item.id, decision, explain: (explainer as TsEngine).explain(item.explained) });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Splits input into lines; a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function main(): Promise<number> {
  let options: EvalOptions;
  let engine: Engine;
  try {
    options = parseArgs(process.argv.slice(2));
    engine = await createEngine(options.engine);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  let input: string;
  try {
    input = await readStdin();
  } catch (e) {
    process.stderr.write(`eval: cannot read stdin: ${(e as Error).message}\n`);
    return 1;
  }
  const out = evaluateLines(splitLines(input), engine, options);
  process.stdout.write(out.length === 0 ? '' : `${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
