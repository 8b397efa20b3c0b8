// Typed request values are parsed by the module and policy values by the packer with the reference's
// parsers: both must read every number, date and address exactly as the reference does. Generated
// values (long decimals, odd dates, IPv6 forms), seeded (FC_SEED replays).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/contract';
import { parsePolicyValue } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { newWasmEngine } from './support/engines';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimal = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(0, 25), fc.constantFrom('', '.'), digits(0, 25))
  .map((p) => p.join(''));
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const date = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      digits(0, 10),
      fc.constantFrom('', 'Z', '+02:00', '-0530', '+24:00', 'z'),
    )
    .map(
      ([y, mo, d, h, mi, s, f, z]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${f ? `.${f}` : ''}${z}`,
    ),
  fc.tuple(fc.constantFrom('', '-'), digits(1, 17)).map((p) => p.join('')),
  fc.constantFrom(
    '2025-06-01',
    '2025-06-01T12:00',
    '2025-06-01T12:00Z',
    '2024-02-29',
    '2023-02-29',
    '2025-06-01T12:00:00.Z',
  ),
);
const ip = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 255 }),
    )
    .map((o) => o.join('.')),
  fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 0xfffff }).map((n) => n.toString(16)),
        fc.constant(''),
      ),
      { minLength: 1, maxLength: 9 },
    )
    .map((g) => g.join(':')),
  fc.constantFrom('::', '::1', '::ffff:10.1.2.3', '1::2::3', '01.2.3.4', 'fe80::1%eth0', '10.1.2.3/24'),
);
const withPrefix = fc
  .tuple(ip, fc.option(fc.integer({ min: 0, max: 140 }), { nil: undefined }))
  .map(([a, p]) => (p === undefined ? a : `${a}/${p}`));

function decide(engine: Engine, operator: string, policyValue: string, contextValue: string): string {
  const policy = parsePolicyValue(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { [operator]: { 'aws:CurrentTime': policyValue } },
        },
      ],
    },
    'identity',
  ).policy!;
  engine.reset();
  return engine.evaluate({
    request: {
      principal: 'arn:aws:iam::111111111111:user/alice',
      action: 's3:GetObject',
      resource: '*',
      context: { 'aws:CurrentTime': contextValue },
    },
    identityPolicies: [engine.compile(policy)],
  }).decision;
}

describe(`typed values are read alike by both engines (seed ${seed})`, () => {
  const ts = new TsEngine();
  let wasm: Engine;
  beforeAll(async () => {
    wasm = await newWasmEngine();
  });
  const same = (operator: string) => (p: string, c: string) =>
    expect(decide(wasm, operator, p, c)).toBe(decide(ts, operator, p, c));

  it('a number equals itself in both engines, and orders alike against another', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        same('NumericEquals')(a, a);
        same('NumericLessThan')(a, b);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('dates (ISO 8601 and epoch seconds, valid or not) compare alike', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        same('DateEquals')(a, a);
        same('DateGreaterThanEquals')(a, b);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('IP addresses and CIDR ranges (IPv4, IPv6, malformed) match alike', () => {
    fc.assert(
      fc.property(withPrefix, ip, (range, address) => {
        same('IpAddress')(range, address);
        same('NotIpAddress')(range, address);
        same('IpAddress')(address, address);
      }),
      { seed, numRuns: 400 },
    );
  });
});
