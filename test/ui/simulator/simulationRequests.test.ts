// Requests as the simulator builds them from the scenario: the caller's ARN, the context AWS derives
// (with overrides last, key names case-insensitive), every policy that applies, and the what-if policy.
import { describe, expect, it } from 'vitest';
import { exampleCorpScenario } from '../../../src/model';
import type { ContextOverride } from '../../../src/ui/simulator/requestContext';
import { resolvePrincipal } from '../../../src/ui/simulator/identities';
import type { SimulationInput } from '../../../src/ui/simulator/simulationRequests';
import { WHAT_IF_LABEL, defaultResources, simulationRequests } from '../../../src/ui/simulator/simulationRequests';

const s = exampleCorpScenario();
const NOW = Date.parse('2026-01-07T09:00:00Z');
const OBJECT = 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt';

const input = (principal: string, more: Partial<SimulationInput> = {}): SimulationInput => ({
  caller: resolvePrincipal(s, principal, '2026-01-07T09:00:00Z'),
  actions: ['s3:GetObject'],
  resources: [OBJECT],
  overrides: {},
  whatIf: '',
  edits: {},
  nowMs: NOW,
  ...more,
});
const ZHANG = 'arn:aws:iam::123456789012:user/Zhang';

describe('simulation requests', () => {
  it('make one request per action and resource, actions first', () => {
    const out = simulationRequests(
      s,
      input(ZHANG, { actions: ['s3:GetObject', 's3:PutObject'], resources: [OBJECT, 'arn:aws:s3:::aws-s3-bucket/x'] }),
    );
    expect(out.map((r) => `${r.request.action} ${r.request.resource}`)).toEqual([
      `s3:GetObject ${OBJECT}`,
      's3:GetObject arn:aws:s3:::aws-s3-bucket/x',
      `s3:PutObject ${OBJECT}`,
      's3:PutObject arn:aws:s3:::aws-s3-bucket/x',
    ]);
  });

  it('bind a typed principal of an organization member account by the SCPs on its path, but not one outside the organization', () => {
    const scpLabels = (principal: string) =>
      (
        simulationRequests(s, input(principal, { actions: ['cloudtrail:StopLogging'], resources: ['*'] }))[0].policies
          .serviceControlPolicies ?? []
      )
        .flat()
        .map((p) => p.label);
    expect(scpLabels('arn:aws:iam::111122223333:role/DevOps').some((l) => l.includes('ProtectAuditTrail'))).toBe(true);
    expect(scpLabels('arn:aws:iam::444455556666:role/DevOps')).toEqual([]);
    expect(
      scpLabels('arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport'),
    ).toEqual([]);
  });

  it('ask about every resource ("*") when no resource is given', () => {
    expect(simulationRequests(s, input(ZHANG, { resources: [] }))[0].request.resource).toBe('*');
  });

  it("carry the user's context keys and the policies of the user and the user's groups", () => {
    const [r] = simulationRequests(s, input(ZHANG));
    expect(r.request.principal).toBe(ZHANG);
    expect(r.request.context).toMatchObject({
      'aws:username': 'Zhang',
      'aws:PrincipalTag/Department': 'Engineering',
      'aws:SourceIp': '192.0.2.10',
    });
    expect(r.request.resourceAccount).toBe('123456789012');
    const labels = r.policies.identityPolicies!.map((p) => p.label);
    expect(labels.some((l) => l.includes('HomeDirectoryAccess') && l.includes('group Developers'))).toBe(true);
    expect(labels.some((l) => l.includes('CorporateNetworkOnly') && l.includes('group AllUsers'))).toBe(true);
  });

  it('add the what-if policy to the identity-based policies once it has statements, or errors to report', () => {
    const whatIf = '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*"}}';
    const withWhatIf = (text: string) =>
      simulationRequests(s, input(ZHANG, { whatIf: text }))[0].policies.identityPolicies!.some(
        (p) => p.label === WHAT_IF_LABEL,
      );
    expect(simulationRequests(s, input(ZHANG, { whatIf }))[0].policies.identityPolicies!.at(-1)).toEqual({
      text: whatIf,
      kind: 'identity',
      label: WHAT_IF_LABEL,
    });
    expect(withWhatIf('  \n')).toBe(false);
    expect(withWhatIf('{"Version":"2012-10-17","Statement":[]}')).toBe(false);
    expect(withWhatIf('{"Statement": [')).toBe(true);
  });

  it('use edited texts in place of the collected policies they name', () => {
    const [before] = simulationRequests(s, input(ZHANG));
    const label = before.policies.identityPolicies![0].label;
    const [after] = simulationRequests(s, input(ZHANG, { edits: { [label]: '{}' } }));
    expect(after.policies.identityPolicies![0]).toEqual({ ...before.policies.identityPolicies![0], text: '{}' });
  });

  it('apply overrides last, matching key names case-insensitively, and leave out keys overridden with null', () => {
    const overrides: Record<string, ContextOverride> = {
      'AWS:SOURCEIP': '203.0.113.7',
      'aws:MultiFactorAuthPresent': null,
      'aws:TagKeys': ['a', 'b'],
    };
    const [r] = simulationRequests(s, input(ZHANG, { overrides }));
    const keys = Object.keys(r.request.context!).map((k) => k.toLowerCase());
    expect(r.request.context!['AWS:SOURCEIP']).toBe('203.0.113.7');
    expect(keys.filter((k) => k === 'aws:sourceip')).toHaveLength(1);
    expect(keys).not.toContain('aws:multifactorauthpresent');
    expect(r.request.context!['aws:TagKeys']).toEqual(['a', 'b']);
    expect(r.derived['aws:SourceIp']).toBe('192.0.2.10');
  });

  it('give a caller outside the scenario only its ARN keys, the resource side, and the what-if policy as its own', () => {
    const outsider = 'arn:aws:iam::444455556666:user/outsider';
    const [r] = simulationRequests(
      s,
      input(outsider, { resources: ['arn:aws:sqs:us-east-1:123456789012:order-events'], actions: ['sqs:SendMessage'] }),
    );
    expect(r.request.principal).toBe(outsider);
    expect(r.request.context).toMatchObject({
      'aws:PrincipalArn': outsider,
      'aws:PrincipalAccount': '444455556666',
      'aws:ResourceAccount': '123456789012',
    });
    expect(r.request.context).not.toHaveProperty('aws:username');
    expect(r.policies.identityPolicies).toBeUndefined();
    expect(r.policies.resourcePolicy?.label).toContain('order-events');
  });

  it('mark an AWS service caller as such', () => {
    const [r] = simulationRequests(
      s,
      input('sns.amazonaws.com', {
        resources: ['arn:aws:sqs:us-east-1:123456789012:order-events'],
        actions: ['sqs:SendMessage'],
      }),
    );
    expect(r.request.context).toMatchObject({
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': 'sns.amazonaws.com',
    });
    expect(r.request.context).not.toHaveProperty('aws:PrincipalArn');
  });
});

describe('the form defaults', () => {
  it("start with a scenario resource of the action's service, or every resource when the scenario has none", () => {
    expect(defaultResources(s, 's3:GetObject')).toEqual(['arn:aws:s3:::aws-s3-bucket']);
    expect(defaultResources(s, 'iam:ListUsers')).toEqual(['*']);
  });
});
