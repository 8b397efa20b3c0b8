// Types for workload.mjs (the shared benchmark generator, copied unchanged).

/** The workload as batch-evaluator lines: one define line, then one bundle per request. */
export function workloadLines(opts?: { seed?: number; nPolicies?: number; nRequests?: number }): string[];
