// Turns a parsed bundle into a compiled one for one engine, compiling each distinct Policy object once
// (a `$ref` policy shared by many bundles costs one compile per engine).

import type { CompiledBundle, Engine, PolicyHandle } from './contract';
import type { Policy } from './policy';
import type { ParsedBundle } from './bundle';

/** Compiles every policy of a bundle with `engine`, reusing handles from `cache` (one cache per engine). */
export function compileBundle(
  engine: Engine,
  bundle: ParsedBundle,
  cache: WeakMap<Policy, PolicyHandle>,
): CompiledBundle {
  const compile = (policy: Policy): PolicyHandle => {
    let handle = cache.get(policy);
    if (handle === undefined) {
      handle = engine.compile(policy);
      cache.set(policy, handle);
    }
    return handle;
  };
  const compiled: CompiledBundle = { request: bundle.request };
  if (bundle.identityPolicies) compiled.identityPolicies = bundle.identityPolicies.map(compile);
  if (bundle.resourcePolicy) compiled.resourcePolicy = compile(bundle.resourcePolicy);
  if (bundle.permissionsBoundary) compiled.permissionsBoundary = compile(bundle.permissionsBoundary);
  if (bundle.sessionPolicy) compiled.sessionPolicy = compile(bundle.sessionPolicy);
  if (bundle.endpointPolicy) compiled.endpointPolicy = compile(bundle.endpointPolicy);
  if (bundle.serviceControlPolicies)
    compiled.serviceControlPolicies = bundle.serviceControlPolicies.map((level) => level.map(compile));
  if (bundle.resourceControlPolicies)
    compiled.resourceControlPolicies = bundle.resourceControlPolicies.map((level) => level.map(compile));
  return compiled;
}
