// Bundles rewritten from one engine's policy handles to another's, and the handles a bundle uses.
import type { CompiledBundle, PolicyHandle } from '../../engine/contract';

/** The bundle with every policy handle replaced by `map(handle)`, slots and order kept. */
export function mapBundleHandles(bundle: CompiledBundle, map: (h: PolicyHandle) => PolicyHandle): CompiledBundle {
  const out: CompiledBundle = { request: bundle.request };
  if (bundle.identityPolicies) out.identityPolicies = bundle.identityPolicies.map(map);
  if (bundle.resourcePolicy !== undefined) out.resourcePolicy = map(bundle.resourcePolicy);
  if (bundle.permissionsBoundary !== undefined) out.permissionsBoundary = map(bundle.permissionsBoundary);
  if (bundle.sessionPolicy !== undefined) out.sessionPolicy = map(bundle.sessionPolicy);
  if (bundle.serviceControlPolicies)
    out.serviceControlPolicies = bundle.serviceControlPolicies.map((level) => level.map(map));
  if (bundle.resourceControlPolicies)
    out.resourceControlPolicies = bundle.resourceControlPolicies.map((level) => level.map(map));
  if (bundle.endpointPolicy !== undefined) out.endpointPolicy = map(bundle.endpointPolicy);
  return out;
}

/** Every distinct handle the bundle names. */
export function handlesOf(bundle: CompiledBundle): PolicyHandle[] {
  const seen = new Set<PolicyHandle>();
  mapBundleHandles(bundle, (h) => {
    seen.add(h);
    return h;
  });
  return [...seen];
}
