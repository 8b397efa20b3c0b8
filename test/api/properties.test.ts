// Properties of the API over random call sequences: a failed call changes nothing, and every scenario the
// API produces is a valid document that restores to itself (so storage and share links never break).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../src/api';
import type { OperationName, ParamsOf } from '../../src/api';
import type { Identity, Scenario } from '../../src/model';
import { exampleCorpScenario, restoreScenario, serializeScenario } from '../../src/model';
import { ALLOW_ALL, asUser, makeCtx } from './harness';

const userName = fc.constantFrom('Zhang', 'Mary', 'ana', 'bo', 'Nikki');
const groupName = fc.constantFrom('Developers', 'Test', 'qa', 'ops');
const policyArn = fc.constantFrom(
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::123456789012:policy/Mine',
  'arn:aws:iam::123456789012:policy/HomeDirectoryAccess',
);
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

type AnyCall = { [N in OperationName]: [N, ParamsOf<N>] }[OperationName];
const call = <N extends OperationName>(name: N, params: fc.Arbitrary<ParamsOf<N>>): fc.Arbitrary<AnyCall> =>
  params.map((p) => [name, p] as AnyCall);

const calls: fc.Arbitrary<AnyCall> = fc.oneof(
  call('iam:CreateUser', fc.record({ UserName: userName })),
  call('iam:DeleteUser', fc.record({ UserName: userName })),
  call('iam:UpdateUser', fc.record({ UserName: userName, NewUserName: userName })),
  call('iam:CreateGroup', fc.record({ GroupName: groupName })),
  call('iam:DeleteGroup', fc.record({ GroupName: groupName })),
  call('iam:UpdateGroup', fc.record({ GroupName: groupName, NewGroupName: groupName })),
  call('iam:AddUserToGroup', fc.record({ GroupName: groupName, UserName: userName })),
  call('iam:RemoveUserFromGroup', fc.record({ GroupName: groupName, UserName: userName })),
  call(
    'iam:CreatePolicy',
    fc.record({ PolicyName: fc.constantFrom('Mine', 'HomeDirectoryAccess'), PolicyDocument: fc.constant(ALLOW_ALL) }),
  ),
  call('iam:DeletePolicy', fc.record({ PolicyArn: policyArn })),
  call('iam:AttachUserPolicy', fc.record({ UserName: userName, PolicyArn: policyArn })),
  call('iam:DetachUserPolicy', fc.record({ UserName: userName, PolicyArn: policyArn })),
  call('iam:PutUserPermissionsBoundary', fc.record({ UserName: userName, PermissionsBoundary: policyArn })),
  call(
    'iam:CreateRole',
    fc.record({ RoleName: fc.constantFrom('app', 'AppServer'), AssumeRolePolicyDocument: fc.constant(trust) }),
  ),
  call('iam:DeleteRole', fc.record({ RoleName: fc.constantFrom('app', 'AppServer') })),
  call('iam:CreateAccessKey', fc.record({ UserName: userName })),
  call(
    'iam:CreateLoginProfile',
    fc.record({ UserName: userName, Password: fc.constantFrom('short', 'A-Much-Longer-Passw0rd!') }),
  ),
  call('iam:CreateAccountAlias', fc.record({ AccountAlias: fc.constantFrom('example-corp', 'corp-two') })),
  call('iam:DeleteAccountAlias', fc.record({ AccountAlias: fc.constantFrom('example-corp', 'corp-two') })),
);
const identities: fc.Arbitrary<Identity> = fc.constantFrom<Identity>(
  { type: 'root', accountId: '123456789012' },
  { type: 'root', accountId: '111122223333' },
  asUser('Nikki'),
  asUser('Paulo'),
);

describe('API properties', () => {
  it('a failed call leaves the scenario untouched and every produced scenario restores to itself', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(calls, identities), { maxLength: 20 }), (sequence) => {
        const ctx = makeCtx();
        let scenario: Scenario = exampleCorpScenario();
        for (const [[name, params], identity] of sequence) {
          const out = callApi(ctx, scenario, name, params as never, identity);
          if (out.result.type === 'failure') {
            expect(out.scenario).toBe(scenario);
            expect(out.result.errors[0].code).not.toBe('ServiceFailure');
          }
          scenario = out.scenario;
        }
        const text = serializeScenario(scenario);
        const restored = restoreScenario(text);
        expect(restored.type === 'failure' ? restored.errors : []).toEqual([]);
        expect(restored.type === 'success' && serializeScenario(restored.value)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });
});
