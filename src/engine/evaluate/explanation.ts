// Builds the Explanation of a decision: every statement of every policy traced element by element,
// each policy type's verdict in AWS's evaluation order, and a summary in AccessDenied wording.

import type { EvaluationResult, PolicySlot } from '../contract';
import type {
  Explanation,
  PolicyExplanation,
  PolicyTypeExplanation,
  PolicyVerdict,
  StatementExplanation,
} from '../explain';
import type { CompiledPolicy } from './compilePolicy';
import { SLOT_ORDER, requestFacts, type RequestFacts, type SlotTable } from './flow';
import { traceStatement, type PreparedRequest, type StatementTrace } from './statements';

/** Each policy type as AWS's AccessDenied messages name it. */
export const SLOT_NAMES: Record<PolicySlot, string> = {
  scp: 'service control policy',
  rcp: 'resource control policy',
  endpoint: 'VPC endpoint policy',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
};

function explainPolicy(p: CompiledPolicy, level: number, policy: number, req: PreparedRequest): PolicyExplanation {
  const statements = p.statements.map((s, index): StatementExplanation => {
    const trace: StatementTrace = { action: false, resource: false, principal: 'none', conditions: [] };
    const applies = traceStatement(s, req, trace) !== null;
    const src = s.source;
    return {
      index,
      sid: src.sid,
      effect: src.effect,
      applies,
      action: { negated: src.action.negated, values: src.action.values, matched: trace.action },
      resource: src.resource && { negated: src.resource.negated, values: src.resource.values, matched: trace.resource },
      principal: src.principal && {
        negated: src.principal.negated,
        matched: trace.principal !== null,
        grant: trace.principal === 'none' ? null : trace.principal,
      },
      conditions: s.conditions.map((c, i) => ({
        operator: c.entry.raw,
        key: c.entry.key,
        ...trace.conditions[i],
        range: c.entry.range,
      })),
      range: src.range,
    };
  });
  return { level, policy, id: p.policy.id, statements };
}

function verdictOf(
  slot: PolicySlot,
  policies: PolicyExplanation[],
  levels: number,
  facts: RequestFacts,
): PolicyVerdict {
  if (policies.length === 0 && levels === 0) return 'Absent';
  if (slot === 'scp' && !facts.scpApplies) return 'NotApplicable';
  const applying = policies.flatMap((p) =>
    p.statements.filter((s) => s.applies).map((s) => ({ level: p.level, effect: s.effect })),
  );
  if (applying.some((s) => s.effect === 'Deny')) return 'Deny';
  if (slot === 'rcp') return 'Allow';
  const allowLevels = new Set(applying.map((s) => s.level));
  if (slot === 'scp') return allowLevels.size === levels ? 'Allow' : 'NoAllow';
  return allowLevels.size > 0 ? 'Allow' : 'NoAllow';
}

/** The one-line summary, worded like AWS's AccessDenied messages. */
function summarize(req: PreparedRequest, result: EvaluationResult): string {
  const { principal, action, resource } = req.request;
  const onResource = resource === '*' ? '' : ` on resource: ${resource}`;
  if (result.decision === 'Allow') return `User: ${principal} is authorized to perform: ${action}${onResource}`;
  const head = `User: ${principal} is not authorized to perform: ${action}${onResource}`;
  if (result.decision === 'ExplicitDeny') {
    const name = SLOT_NAMES[result.decisive[0].slot];
    return `${head} with an explicit deny in ${name === 'identity-based policy' ? 'an' : 'a'} ${name}`;
  }
  return `${head} because no ${SLOT_NAMES[result.missingAllow ?? 'identity']} allows the ${action} action`;
}

function notesFor(req: PreparedRequest, facts: RequestFacts, hasRcps: boolean): string[] {
  const notes: string[] = [];
  if (req.action === 'sts:getcalleridentity')
    notes.push('sts:GetCallerIdentity needs no permission: it is always allowed.');
  if (req.caller.kind === 'root' && !facts.crossAccount)
    notes.push('The account root user has full access within its own account unless a policy denies it.');
  if (req.caller.account === null)
    notes.push(
      'The caller belongs to no account (anonymous or an AWS service): only a resource-based policy can allow it, and SCPs do not apply.',
    );
  if (facts.crossAccount)
    notes.push(
      `Cross-account request (caller ${req.caller.account}, resource owner ${facts.resourceAccount}): both the caller's identity-based policies and the resource-based policy must allow it.`,
    );
  if (facts.trustPolicy) notes.push("The role's trust policy must allow the caller, even within one account.");
  if (facts.keyPolicy)
    notes.push(
      'The KMS key policy must allow the caller (directly or by enabling IAM policies for the account), even within one account.',
    );
  if (hasRcps)
    notes.push('RCPFullAWSAccess is implicitly attached at every level: resource control policies only restrict.');
  return notes;
}

/** Explains a request whose result has already been computed by the flow. */
export function explainRequest(table: SlotTable, req: PreparedRequest, result: EvaluationResult): Explanation {
  const facts = requestFacts(req);
  const policyTypes = SLOT_ORDER.map((slot, slotIndex): PolicyTypeExplanation => {
    const levels = table[slotIndex];
    const policies = levels.flatMap((ps, level) => ps.map((p, i) => explainPolicy(p, level, i, req)));
    return { slot, name: SLOT_NAMES[slot], verdict: verdictOf(slot, policies, levels.length, facts), policies };
  });
  const notes = notesFor(req, facts, table[SLOT_ORDER.indexOf('rcp')].length > 0);
  const resourceGrants = new Set(
    policyTypes[SLOT_ORDER.indexOf('resource')].policies.flatMap((p) =>
      p.statements.filter((st) => st.applies && st.effect === 'Allow').map((st) => st.principal?.grant),
    ),
  );
  if (resourceGrants.has('account'))
    notes.push(
      "A resource-based policy that names the caller's account delegates to that account's identity-based policies: it grants nothing by itself.",
    );
  if (resourceGrants.has('role') && !facts.crossAccount)
    notes.push(
      "A resource-based policy that names the role ARN (not the session) is still limited by the session's permissions boundary and session policy.",
    );
  return {
    decision: result.decision,
    summary: summarize(req, result),
    decisive: result.decisive,
    missingAllow: result.missingAllow,
    request: {
      principal: req.request.principal,
      action: req.request.action,
      resource: req.request.resource,
      resourceAccount: facts.resourceAccount,
      crossAccount: facts.crossAccount,
    },
    notes,
    policyTypes,
  };
}
