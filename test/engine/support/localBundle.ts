// Test support: turns a raw batch-format line into a CompiledBundle for a TsEngine, parsing each
// policy with the project's parser. Every policy must parse without errors.

import type { AuthzRequest, CompiledBundle, PolicySlots } from '../../../src/engine/contract';
import type { PolicyKind } from '../../../src/engine/policy';
import { parsePolicyValue } from '../../../src/engine/parse/parsePolicy';
import type { TsEngine } from '../../../src/engine/tsEngine';

/** A raw bundle line as the corpus files hold it. */
export type RawBundle = PolicySlots<unknown> & { id?: string; request: AuthzRequest; expect?: string; rule?: string };

function resourceKind(request: AuthzRequest): PolicyKind {
  return /^sts:assumerole/i.test(request.action) && /^arn:[^:]+:iam::\d{12}:role\//.test(request.resource) ? 'trust' : 'resource';
}

/** Parses and compiles every policy of a raw bundle with the given engine. */
export function compileRaw(engine: TsEngine, raw: RawBundle): CompiledBundle {
  const compile = (value: unknown, kind: PolicyKind) => {
    const { policy, diagnostics } = parsePolicyValue(value, kind);
    if (policy === null) throw new Error(`${raw.id ?? ''}: ${JSON.stringify(diagnostics.filter((d) => d.severity === 'error'))}`);
    return engine.compile(policy);
  };
  const one = (value: unknown, kind: PolicyKind) => (value === undefined ? undefined : compile(value, kind));
  return {
    request: raw.request,
    identityPolicies: raw.identityPolicies?.map((p) => compile(p, 'identity')),
    resourcePolicy: one(raw.resourcePolicy, resourceKind(raw.request)),
    permissionsBoundary: one(raw.permissionsBoundary, 'boundary'),
    sessionPolicy: one(raw.sessionPolicy, 'session'),
    serviceControlPolicies: raw.serviceControlPolicies?.map((level) => level.map((p) => compile(p, 'scp'))),
    resourceControlPolicies: raw.resourceControlPolicies?.map((level) => level.map((p) => compile(p, 'rcp'))),
    endpointPolicy: one(raw.endpointPolicy, 'endpoint'),
  };
}
