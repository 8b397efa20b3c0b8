// The request-bundle loader: the batch format of issue 2 (section 5) with issue 3's define lines and
// `{"$ref": "name"}` policies; errors name the field, the slot and the position in the policy.

import { describe, expect, it } from 'vitest';
import { BundleLoader, resourcePolicyKind } from '../../src/engine/bundle';
import type { ParsedBundle } from '../../src/engine/bundle';
import { compileBundle } from '../../src/engine/compileBundle';
import type { CompiledBundle, Engine, PolicyHandle } from '../../src/engine/contract';
import type { Policy } from '../../src/engine/policy';

const request = {
  principal: 'arn:aws:iam::111111111111:user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::photos/cat.jpg',
};
const allowRead = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
const bucketPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: '*' }],
};

function load(line: unknown, loader = new BundleLoader()) {
  const read = loader.readLine(JSON.stringify(line));
  if (read.type !== 'bundle') throw new Error('expected a bundle line');
  return read;
}

function loaded(line: unknown, loader?: BundleLoader): ParsedBundle {
  const { result } = load(line, loader);
  if (result.type !== 'success') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function errorsOf(line: unknown, loader?: BundleLoader): string[] {
  const { result } = load(line, loader);
  return result.type === 'failure' ? result.errors.map((e) => e.message) : [];
}

describe('request bundles', () => {
  it('parses every policy slot for its kind and keeps the request', () => {
    const bundle = loaded({
      id: 'all-slots',
      request: {
        ...request,
        resourceAccount: '111111111111',
        context: { 'aws:username': 'alice', 'aws:TagKeys': ['a', 'b'], n: 3, b: true },
      },
      identityPolicies: [allowRead, allowRead],
      resourcePolicy: bucketPolicy,
      permissionsBoundary: allowRead,
      sessionPolicy: allowRead,
      serviceControlPolicies: [[allowRead], [allowRead, allowRead]],
      resourceControlPolicies: [[]],
      endpointPolicy: bucketPolicy,
    });
    expect(bundle.id).toBe('all-slots');
    expect(bundle.request.context).toEqual({ 'aws:username': 'alice', 'aws:TagKeys': ['a', 'b'], n: 3, b: true });
    expect(bundle.identityPolicies).toHaveLength(2);
    expect(bundle.serviceControlPolicies!.map((level) => level.length)).toEqual([1, 2]);
    expect(bundle.resourceControlPolicies).toEqual([[]]);
    expect(bundle.endpointPolicy!.statements[0].principal!.wildcard).toBe(true);
  });

  it('accepts the conformance corpus fields rule, source, expect, peer_disagrees and note', () => {
    expect(
      loaded({ request, rule: 'r', source: 's', expect: 'Allow', peer_disagrees: true, note: 'n' }).request,
    ).toEqual(request);
  });

  it('names the slot, line and column of a policy error', () => {
    const bad = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEqualz: { 'aws:username': 'a' } } },
    };
    expect(errorsOf({ request, identityPolicies: [allowRead, bad] })).toEqual([
      'identityPolicies[1]: line 8, column 7: unknown condition operator "StringEqualz"; did you mean "StringEquals"?',
    ]);
  });

  it('rejects a bundle holding a policy AWS would reject, whatever its slot', () => {
    expect(errorsOf({ request, serviceControlPolicies: [[allowRead], [bucketPolicy]] })[0]).toMatch(
      /^serviceControlPolicies\[1\]\[0\]: line \d+, column \d+: .*Principal/,
    );
    expect(errorsOf({ request, resourcePolicy: allowRead })[0]).toMatch(/^resourcePolicy: .*no Principal/);
  });

  it('the resource policy is the role trust policy for sts:AssumeRole* on a role ARN', () => {
    const role = 'arn:aws:iam::111111111111:role/deploy';
    expect(resourcePolicyKind({ action: 'sts:AssumeRole', resource: role })).toBe('trust');
    expect(resourcePolicyKind({ action: 'sts:AssumeRoleWithWebIdentity', resource: role })).toBe('trust');
    expect(resourcePolicyKind({ action: 'sts:assumerole', resource: role })).toBe('trust');
    expect(resourcePolicyKind({ action: 'sts:AssumeRole', resource: '*' })).toBe('resource');
    expect(resourcePolicyKind({ action: 's3:GetObject', resource: role })).toBe('resource');
    // A trust policy needs no Resource, so this bundle only loads when the slot is read as a trust policy.
    const trust = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '111111111111' } },
    };
    expect(
      loaded({ request: { ...request, action: 'sts:AssumeRole', resource: role }, resourcePolicy: trust })
        .resourcePolicy!.statements[0].resource,
    ).toBeNull();
  });

  it('the resource policy is also the role trust policy for sts:TagSession and sts:SetSourceIdentity on a role ARN', () => {
    const role = 'arn:aws:iam::111111111111:role/deploy';
    expect(resourcePolicyKind({ action: 'sts:TagSession', resource: role })).toBe('trust');
    expect(resourcePolicyKind({ action: 'STS:setsourceidentity', resource: role })).toBe('trust');
    expect(resourcePolicyKind({ action: 'sts:TagSession', resource: '*' })).toBe('resource');
    expect(resourcePolicyKind({ action: 'sts:TagResource', resource: role })).toBe('resource');
    const trust = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 'sts:TagSession', Principal: { AWS: '111111111111' } },
    };
    expect(
      loaded({ request: { ...request, action: 'sts:TagSession', resource: role }, resourcePolicy: trust })
        .resourcePolicy!.statements[0].resource,
    ).toBeNull();
  });

  const badRequests: [string, unknown, RegExp][] = [
    ['a missing request', undefined, /^request: must be an object/],
    ['an unknown request field', { ...request, account: '1' }, /unknown field "account"/],
    [
      'a principal that is neither ARN, service principal nor anonymous',
      { ...request, principal: 'alice' },
      /principal must be/,
    ],
    ['an action without service prefix', { ...request, action: 'GetObject' }, /action must be "service:ActionName"/],
    ['a resource that is not an ARN', { ...request, resource: 'photos/cat.jpg' }, /resource must be an ARN or "\*"/],
    [
      'a resourceAccount that is not 12 digits',
      { ...request, resourceAccount: '11111' },
      /resourceAccount must be a 12-digit/,
    ],
    [
      'a resourceAccount given as a number',
      { ...request, resourceAccount: 111111111111 },
      /resourceAccount must be a 12-digit/,
    ],
    [
      'a context value that is an object',
      { ...request, context: { 'aws:username': { name: 'alice' } } },
      /context key "aws:username" must be/,
    ],
    [
      'a context array holding null',
      { ...request, context: { 'aws:TagKeys': ['a', null] } },
      /context key "aws:TagKeys" must be/,
    ],
  ];
  it.each(badRequests)('rejects %s', (_name, badRequest, message) => {
    expect(errorsOf({ id: 'x', request: badRequest }).join('\n')).toMatch(message);
  });

  it('accepts service principals and anonymous callers', () => {
    expect(loaded({ request: { ...request, principal: 'ec2.amazonaws.com' } }).request.principal).toBe(
      'ec2.amazonaws.com',
    );
    expect(loaded({ request: { ...request, principal: 'anonymous', resource: '*' } }).request.resource).toBe('*');
  });

  it('rejects unknown bundle fields, such as a misspelt slot, instead of ignoring a policy', () => {
    expect(errorsOf({ request, identityPolicy: [allowRead] })).toEqual([
      expect.stringMatching(/unknown field "identityPolicy"/),
    ]);
  });

  it('rejects slots of the wrong shape', () => {
    expect(errorsOf({ request, identityPolicies: allowRead })).toEqual(['identityPolicies must be an array']);
    expect(errorsOf({ request, serviceControlPolicies: [allowRead] })).toEqual([
      'serviceControlPolicies[0] must be an array',
    ]);
    expect(errorsOf({ request, sessionPolicy: 'allow' })).toEqual([
      'sessionPolicy: a policy must be a JSON object, not "allow"',
    ]);
  });

  it('echoes the id of a line it rejects, and reports a line that is not JSON', () => {
    expect(load({ id: 'bad-1', request: {} }).id).toBe('bad-1');
    const loader = new BundleLoader();
    const notJson = loader.readLine('{"id": "x", ');
    expect(notJson).toMatchObject({
      type: 'bundle',
      id: null,
      result: { type: 'failure', errors: [{ code: 'json-syntax' }] },
    });
    expect(loader.readLine(`\uFEFF${JSON.stringify({ id: 'bom', request })}\r`)).toMatchObject({
      id: 'bom',
      result: { type: 'success' },
    });
    expect(loader.readLine('[1]')).toMatchObject({
      type: 'bundle',
      result: { type: 'failure', errors: [{ code: 'bundle-invalid' }] },
    });
  });
});

describe('define lines and $ref', () => {
  it('a define line registers named policies that later bundles reference', () => {
    const loader = new BundleLoader();
    expect(loader.readLine(JSON.stringify({ define: { read: allowRead, bucket: bucketPolicy } }))).toEqual({
      type: 'define',
      result: { type: 'success', value: ['read', 'bucket'] },
    });
    const bundle = loaded(
      { request, identityPolicies: [{ $ref: 'read' }], resourcePolicy: { $ref: 'bucket' } },
      loader,
    );
    expect(bundle.identityPolicies![0].statements[0].action.values).toEqual(['s3:GetObject']);
  });

  it('a policy defined once is parsed once per kind and shared by every bundle', () => {
    const loader = new BundleLoader();
    loader.readLine(JSON.stringify({ define: { read: allowRead } }));
    const a = loaded({ request, identityPolicies: [{ $ref: 'read' }] }, loader);
    const b = loaded({ request, identityPolicies: [{ $ref: 'read' }], permissionsBoundary: { $ref: 'read' } }, loader);
    expect(b.identityPolicies![0]).toBe(a.identityPolicies![0]);
    expect(b.permissionsBoundary).not.toBe(a.identityPolicies![0]);
  });

  it('redefining a name replaces the policy', () => {
    const loader = new BundleLoader();
    loader.readLine(JSON.stringify({ define: { p: allowRead } }));
    loaded({ request, identityPolicies: [{ $ref: 'p' }] }, loader);
    loader.readLine(
      JSON.stringify({
        define: { p: { ...allowRead, Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] } },
      }),
    );
    expect(
      loaded({ request, identityPolicies: [{ $ref: 'p' }] }, loader).identityPolicies![0].statements[0].effect,
    ).toBe('Deny');
  });

  it('an unknown $ref is an error naming the slot and the name', () => {
    expect(errorsOf({ request, identityPolicies: [{ $ref: 'nope' }] })).toEqual([
      'identityPolicies[0]: no policy named "nope" has been defined (a define line must come first)',
    ]);
  });

  it('errors in a referenced policy name the reference', () => {
    const loader = new BundleLoader();
    loader.readLine(JSON.stringify({ define: { bucket: bucketPolicy } }));
    expect(errorsOf({ request, identityPolicies: [{ $ref: 'bucket' }] }, loader)[0]).toMatch(
      /^identityPolicies\[0\] \(\$ref "bucket"\): line \d+, column \d+: .*Principal/,
    );
  });

  it('rejects define lines that are not name-to-policy objects', () => {
    const loader = new BundleLoader();
    expect(loader.readLine('{"define": {"p": "x"}}')).toMatchObject({ type: 'define', result: { type: 'failure' } });
    expect(loader.readLine('{"define": [1]}')).toMatchObject({ type: 'define', result: { type: 'failure' } });
    expect(loader.readLine('{"define": {}, "request": {}}')).toMatchObject({
      type: 'define',
      result: { type: 'failure' },
    });
  });
});

describe('compileBundle', () => {
  /** Records what it compiles; enough to check that handles are reused. */
  class RecordingEngine implements Engine {
    readonly kind = 'ts' as const;
    compiled: Policy[] = [];
    compile(policy: Policy): PolicyHandle {
      this.compiled.push(policy);
      return this.compiled.length - 1;
    }
    evaluate(): never {
      throw new Error('not used');
    }
    evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array {
      return new Uint8Array(bundles.length);
    }
    reset(): void {
      this.compiled = [];
    }
  }

  it('compiles a shared Policy object once per engine and fills every slot with handles', () => {
    const loader = new BundleLoader();
    loader.readLine(JSON.stringify({ define: { read: allowRead } }));
    const engine = new RecordingEngine();
    const cache = new WeakMap<Policy, PolicyHandle>();
    const first = compileBundle(
      engine,
      loaded(
        { request, identityPolicies: [{ $ref: 'read' }, allowRead], serviceControlPolicies: [[{ $ref: 'read' }]] },
        loader,
      ),
      cache,
    );
    const second = compileBundle(
      engine,
      loaded({ request, identityPolicies: [{ $ref: 'read' }], resourcePolicy: bucketPolicy }, loader),
      cache,
    );
    expect(first).toEqual({ request, identityPolicies: [0, 1], serviceControlPolicies: [[2]] });
    expect(second).toEqual({ request, identityPolicies: [0], resourcePolicy: 3 });
    expect(engine.compiled).toHaveLength(4);
  });
});
