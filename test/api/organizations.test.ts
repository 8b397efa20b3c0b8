// AWS Organizations: OUs, moving accounts, SCPs and RCPs with the AWS defaults, and what SCPs restrict.
import { beforeEach, describe, expect, it } from 'vitest';
import { authorize } from '../../src/api';
import type { Identity } from '../../src/model';
import { emptyScenario } from '../../src/model';
import { doc, session } from './harness';

const MGMT = '123456789012';
const mgmtRoot: Identity = { type: 'root', accountId: MGMT };

function org() {
  const s = session(emptyScenario('org', MGMT));
  s.ok('organizations:CreateOrganization', {}, mgmtRoot);
  const rootId = s.ok('organizations:ListRoots', {}, mgmtRoot).Roots[0].Id;
  s.ok('organizations:EnablePolicyType', { RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }, mgmtRoot);
  s.ok('organizations:EnablePolicyType', { RootId: rootId, PolicyType: 'RESOURCE_CONTROL_POLICY' }, mgmtRoot);
  const member = s.ok(
    'organizations:CreateAccount',
    { AccountName: 'Workloads', Email: 'workloads@example.com' },
    mgmtRoot,
  ).CreateAccountStatus.AccountId;
  return { s, rootId, member, memberRoot: { type: 'root', accountId: member } as Identity };
}

describe('Organizations', () => {
  let o: ReturnType<typeof org>;
  beforeEach(() => {
    o = org();
  });

  it('policy types start disabled; enabling SCPs attaches FullAWSAccess to the root', () => {
    const fresh = session(emptyScenario('org', MGMT));
    fresh.ok('organizations:CreateOrganization', {}, mgmtRoot);
    const root = fresh.ok('organizations:ListRoots', {}, mgmtRoot).Roots[0];
    expect(root.PolicyTypes).toEqual([]);
    const scp = fresh.ok(
      'organizations:CreatePolicy',
      { Name: 'X', Type: 'SERVICE_CONTROL_POLICY', Content: doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }) },
      mgmtRoot,
    ).Policy.PolicySummary.Id;
    fresh.fails(
      'organizations:AttachPolicy',
      { PolicyId: scp, TargetId: root.Id },
      'PolicyTypeNotEnabledException',
      mgmtRoot,
    );
    const { s, rootId } = o;
    expect(
      s
        .ok('organizations:ListPoliciesForTarget', { TargetId: rootId, Filter: 'SERVICE_CONTROL_POLICY' }, mgmtRoot)
        .Policies.map((p) => p.Name),
    ).toEqual(['FullAWSAccess']);
  });

  it('a new account gets FullAWSAccess and an OrganizationAccountAccessRole with AdministratorAccess', () => {
    const { s, member } = o;
    expect(
      s
        .ok('organizations:ListPoliciesForTarget', { TargetId: member, Filter: 'SERVICE_CONTROL_POLICY' }, mgmtRoot)
        .Policies.map((p) => p.Id),
    ).toEqual(['p-FullAWSAccess']);
    const role = s.scenario.accounts.find((a) => a.id === member)!.roles[0];
    expect(role).toMatchObject({
      name: 'OrganizationAccountAccessRole',
      attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    });
  });

  it('accounts move between OUs, and an OU with accounts cannot be deleted', () => {
    const { s, rootId, member } = o;
    const ou = s.ok('organizations:CreateOrganizationalUnit', { ParentId: rootId, Name: 'Prod' }, mgmtRoot)
      .OrganizationalUnit.Id;
    expect(ou).toMatch(new RegExp(`^ou-${rootId.slice(2)}-[a-z0-9]{8}$`));
    s.ok('organizations:MoveAccount', { AccountId: member, SourceParentId: rootId, DestinationParentId: ou }, mgmtRoot);
    expect(s.ok('organizations:ListAccountsForParent', { ParentId: ou }, mgmtRoot).Accounts.map((a) => a.Id)).toEqual([
      member,
    ]);
    s.fails(
      'organizations:DeleteOrganizationalUnit',
      { OrganizationalUnitId: ou },
      'OrganizationalUnitNotEmptyException',
      mgmtRoot,
    );
    s.fails(
      'organizations:MoveAccount',
      { AccountId: member, SourceParentId: rootId, DestinationParentId: ou },
      'AccountNotFoundException',
      mgmtRoot,
    );
  });

  it('an explicit deny in an SCP on the OU denies the member account, even its root user', () => {
    const { s, rootId, member, memberRoot } = o;
    const ou = s.ok('organizations:CreateOrganizationalUnit', { ParentId: rootId, Name: 'Sandbox' }, mgmtRoot)
      .OrganizationalUnit.Id;
    s.ok('organizations:MoveAccount', { AccountId: member, SourceParentId: rootId, DestinationParentId: ou }, mgmtRoot);
    const scp = s.ok(
      'organizations:CreatePolicy',
      {
        Name: 'NoUsers',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: doc({ Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }),
      },
      mgmtRoot,
    ).Policy.PolicySummary.Id;
    s.ok('organizations:AttachPolicy', { PolicyId: scp, TargetId: ou }, mgmtRoot);
    expect(s.fails('iam:CreateUser', { UserName: 'x' }, 'AccessDenied', memberRoot)).toContain(
      'with an explicit deny in a service control policy',
    );
    s.ok('iam:CreateGroup', { GroupName: 'fine' }, memberRoot);
  });

  it('every level must allow: replacing FullAWSAccess on an OU with a narrower SCP limits its accounts', () => {
    const { s, rootId, member, memberRoot } = o;
    const ou = s.ok('organizations:CreateOrganizationalUnit', { ParentId: rootId, Name: 'S3Only' }, mgmtRoot)
      .OrganizationalUnit.Id;
    s.ok('organizations:MoveAccount', { AccountId: member, SourceParentId: rootId, DestinationParentId: ou }, mgmtRoot);
    const scp = s.ok(
      'organizations:CreatePolicy',
      {
        Name: 'S3Only',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      },
      mgmtRoot,
    ).Policy.PolicySummary.Id;
    s.ok('organizations:AttachPolicy', { PolicyId: scp, TargetId: ou }, mgmtRoot);
    s.ok('organizations:DetachPolicy', { PolicyId: 'p-FullAWSAccess', TargetId: ou }, mgmtRoot);
    expect(s.fails('iam:CreateGroup', { GroupName: 'g' }, 'AccessDenied', memberRoot)).toContain(
      'because no service control policy allows the iam:CreateGroup action',
    );
  });

  it('the last SCP of a target cannot be detached', () => {
    const { s, member } = o;
    s.fails(
      'organizations:DetachPolicy',
      { PolicyId: 'p-FullAWSAccess', TargetId: member },
      'ConstraintViolationException',
      mgmtRoot,
    );
  });

  it('an RCP denies access to resources in member accounts, whoever asks', () => {
    const { s, rootId, member } = o;
    s.scenario = {
      ...s.scenario,
      resources: [
        {
          arn: 'arn:aws:s3:::member-bucket',
          type: 's3:bucket',
          accountId: member,
          region: 'us-east-1',
          policy: null,
          tags: [],
        },
      ],
    };
    const rcp = s.ok(
      'organizations:CreatePolicy',
      {
        Name: 'NoPlainHttp',
        Type: 'RESOURCE_CONTROL_POLICY',
        Content: doc({
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      },
      mgmtRoot,
    ).Policy.PolicySummary.Id;
    s.ok('organizations:AttachPolicy', { PolicyId: rcp, TargetId: rootId }, mgmtRoot);
    const insecure = { ...s.scenario, settings: { ...s.scenario.settings, secureTransport: false } };
    const a = authorize(
      s.ctx,
      insecure,
      { type: 'root', accountId: member },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::member-bucket/a' },
    );
    expect(a.deniedMessage).toContain('with an explicit deny in a resource control policy');
  });

  it('member accounts cannot manage the organization', () => {
    const { s, memberRoot } = o;
    s.fails('organizations:ListRoots', {}, 'AccessDeniedException', memberRoot);
  });

  it('an SCP with an unknown condition operator is a malformed policy', () => {
    const { s } = o;
    s.fails(
      'organizations:CreatePolicy',
      {
        Name: 'Bad',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: doc({
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { StringEqualz: { 'aws:username': 'x' } },
        }),
      },
      'MalformedPolicyDocumentException',
      mgmtRoot,
    );
  });

  it('an attached policy cannot be deleted', () => {
    const { s, rootId } = o;
    const scp = s.ok(
      'organizations:CreatePolicy',
      { Name: 'X', Type: 'SERVICE_CONTROL_POLICY', Content: doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }) },
      mgmtRoot,
    ).Policy.PolicySummary.Id;
    s.ok('organizations:AttachPolicy', { PolicyId: scp, TargetId: rootId }, mgmtRoot);
    s.fails('organizations:DeletePolicy', { PolicyId: scp }, 'PolicyInUseException', mgmtRoot);
  });
});
