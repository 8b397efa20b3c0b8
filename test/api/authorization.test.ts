// Every API call is authorized by the engine as the acting identity, and a denial reads like AWS's AccessDenied.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { exampleCorpScenario } from '../../src/model';
import { asUser, doc, session } from './harness';

const corp = () => session(exampleCorpScenario());

describe('authorization of API calls', () => {
  it('an administrator in the Admins group may create users', () => {
    corp().ok('iam:CreateUser', { UserName: 'newhire' }, { ...asUser('Nikki') });
  });

  it('a call no identity-based policy allows is denied with AWS wording', () => {
    const message = corp().fails('iam:CreateUser', { UserName: 'newhire' }, 'AccessDenied', asUser('Paulo'));
    expect(message).toBe(
      'User: arn:aws:iam::123456789012:user/Paulo is not authorized to perform: iam:CreateUser on resource: ' +
        'arn:aws:iam::123456789012:user/newhire because no identity-based policy allows the iam:CreateUser action',
    );
  });

  it('an explicit deny in an identity-based policy names the policy type', () => {
    const message = corp().fails('iam:ListUsers', {}, 'AccessDenied', asUser('Shirley'));
    expect(message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it('the AllUsers perimeter policy denies administrators outside the corporate network', () => {
    const s = corp();
    s.scenario = { ...s.scenario, settings: { ...s.scenario.settings, sourceIp: '198.51.100.7' } };
    expect(s.fails('iam:ListUsers', {}, 'AccessDenied', asUser('Nikki'))).toContain(
      'with an explicit deny in an identity-based policy',
    );
  });

  it('a permissions boundary limits what identity policies grant', () => {
    const s = corp();
    s.ok(
      'iam:PutUserPermissionsBoundary',
      { UserName: 'Mateo', PermissionsBoundary: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
      asUser('Nikki'),
    );
    expect(s.fails('iam:ListUsers', {}, 'AccessDenied', asUser('Mateo'))).toContain(
      'because no permissions boundary allows the iam:ListUsers action',
    );
  });

  it('a denied call leaves the scenario unchanged', () => {
    const s = corp();
    const before = s.scenario;
    s.fails('iam:DeleteUser', { UserName: 'Mary' }, 'AccessDenied', asUser('Richard'));
    expect(s.scenario).toBe(before);
  });

  it('the root user is not limited by identity policies', () => {
    corp().ok('iam:CreateUser', { UserName: 'x' }, { type: 'root', accountId: '123456789012' });
  });

  it('SCPs restrict even the root user of a member account', () => {
    const s = corp();
    const withScp = (sc: Scenario): Scenario => {
      const org = structuredClone(sc.organization!);
      org.policies.push({
        id: 'p-denyiam1',
        name: 'DenyIam',
        type: 'SERVICE_CONTROL_POLICY',
        description: '',
        content: doc({ Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }),
        awsManaged: false,
      });
      org.attachments.push(
        { policyId: 'p-denyiam1', targetId: '111122223333' },
        { policyId: 'p-denyiam1', targetId: '123456789012' },
      );
      return { ...sc, organization: org };
    };
    s.scenario = withScp(s.scenario);
    expect(
      s.fails('iam:CreateUser', { UserName: 'x' }, 'AccessDenied', { type: 'root', accountId: '111122223333' }),
    ).toBe(
      'User: arn:aws:iam::111122223333:root is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/x with an explicit deny in a service control policy',
    );
  });

  it('SCPs do not affect the management account', () => {
    const s = corp();
    const org = structuredClone(s.scenario.organization!);
    org.policies.push({
      id: 'p-denyiam1',
      name: 'DenyIam',
      type: 'SERVICE_CONTROL_POLICY',
      description: '',
      content: doc({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
      awsManaged: false,
    });
    org.attachments.push({ policyId: 'p-denyiam1', targetId: org.rootId });
    s.scenario = { ...s.scenario, organization: org };
    s.ok('iam:CreateUser', { UserName: 'x' }, asUser('Nikki'));
  });

  it('tags in the request are checked through aws:RequestTag and aws:TagKeys', () => {
    const s = corp();
    s.ok(
      'iam:PutUserPolicy',
      {
        UserName: 'Zhang',
        PolicyName: 'TagOnlyAsEngineering',
        PolicyDocument: doc({
          Effect: 'Allow',
          Action: 'iam:TagUser',
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestTag/Department': 'Engineering' } },
        }),
      },
      asUser('Nikki'),
    );
    s.ok('iam:TagUser', { UserName: 'Mary', Tags: [{ Key: 'Department', Value: 'Engineering' }] }, asUser('Zhang'));
    s.fails(
      'iam:TagUser',
      { UserName: 'Mary', Tags: [{ Key: 'Department', Value: 'Finance' }] },
      'AccessDenied',
      asUser('Zhang'),
    );
  });
});
