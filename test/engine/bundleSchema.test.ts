// The published JSON Schema (public/schema/request-bundle.schema.json) agrees with the bundle loader:
// every conformance case validates, and lines the loader rejects for their shape are rejected too.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BundleLoader } from '../../src/engine/bundle';
import { conformanceLines } from './parse/corpusLines';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/schema/request-bundle.schema.json'), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

const request = {
  principal: 'arn:aws:iam::111111111111:user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket/key',
};
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

describe('the request-bundle JSON Schema', () => {
  it.each(conformanceLines.map(({ id, line }) => [id, line]))('conformance case %s validates', (_id, line) => {
    expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a define line and a bundle that references its policy with $ref', () => {
    expect(validate({ define: { readOnly: policy } })).toBe(true);
    expect(validate({ id: 'x', request, identityPolicies: [{ $ref: 'readOnly' }] })).toBe(true);
  });

  const rejected: [string, unknown][] = [
    ['a bundle without a request', { id: 'x' }],
    ['an unknown bundle field', { request, identityPolicy: [policy] }],
    ['a resourceAccount that is not 12 digits', { request: { ...request, resourceAccount: '1234' } }],
    ['an action without a service prefix', { request: { ...request, action: 'GetObject' } }],
    ['a context value that is an object', { request: { ...request, context: { 'aws:username': { a: 1 } } } }],
    [
      'an unknown condition operator',
      {
        request,
        identityPolicies: [
          {
            Statement: {
              Effect: 'Allow',
              Action: '*',
              Resource: '*',
              Condition: { StringEqualz: { 'aws:username': 'a' } },
            },
          },
        ],
      },
    ],
    [
      'NullIfExists, which AWS does not define',
      {
        request,
        identityPolicies: [
          {
            Statement: {
              Effect: 'Allow',
              Action: '*',
              Resource: '*',
              Condition: { NullIfExists: { 'aws:username': 'true' } },
            },
          },
        ],
      },
    ],
    [
      'an Effect in the wrong case',
      { request, identityPolicies: [{ Statement: { Effect: 'allow', Action: '*', Resource: '*' } }] },
    ],
    [
      'both Action and NotAction',
      {
        request,
        identityPolicies: [{ Statement: { Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' } }],
      },
    ],
    [
      'an empty Action array',
      { request, identityPolicies: [{ Statement: { Effect: 'Allow', Action: [], Resource: '*' } }] },
    ],
    [
      'a Version that AWS does not know',
      {
        request,
        identityPolicies: [{ Version: '2012-10-18', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }],
      },
    ],
    ['SCP levels that are not lists', { request, serviceControlPolicies: [policy] }],
  ];

  it.each(rejected)('rejects %s, as the loader does', (_name, line) => {
    expect(validate(line)).toBe(false);
    const loaded = new BundleLoader().readLine(JSON.stringify(line));
    expect(loaded.type === 'bundle' && loaded.result.type).toBe('failure');
  });
});
