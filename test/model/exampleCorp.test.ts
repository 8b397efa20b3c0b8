// Example Corp follows the IAM User Guide's business use case.
import { describe, expect, it } from 'vitest';
import { awsManagedPolicyDocument, exampleCorpScenario, organizationPath, orgPathString } from '../../src/model';

const s = exampleCorpScenario();
const main = s.accounts.find((a) => a.id === '123456789012')!;
const group = (name: string) => main.groups.find((g) => g.name === name)!;

describe('Example Corp', () => {
  it('has the Admins, Developers, Test and SysAdmins groups', () => {
    expect(main.groups.map((g) => g.name)).toEqual(
      expect.arrayContaining(['Admins', 'Developers', 'Test', 'SysAdmins']),
    );
  });

  it('gives SysAdmins the AmazonEC2FullAccess AWS managed policy', () => {
    expect(group('SysAdmins').attachedPolicies).toEqual(['arn:aws:iam::aws:policy/AmazonEC2FullAccess']);
  });

  it('every AWS managed policy it attaches is bundled with its real document (no lazy load needed)', () => {
    const arns = [...main.groups, ...main.roles, ...main.users]
      .flatMap((p) => p.attachedPolicies)
      .filter((a) => a.includes(':aws:policy/'));
    expect(arns.length).toBeGreaterThan(0);
    for (const arn of arns) expect(awsManagedPolicyDocument(arn), arn).toContain('"Statement"');
  });

  it('keys home directories by user name under home/ in aws-s3-bucket', () => {
    const home = main.policies.find((p) => p.name === 'HomeDirectoryAccess')!;
    expect(home.versions[0].document).toContain('home/${aws:username}/');
    expect(s.resources.map((r) => r.arn)).toContain('arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt');
  });

  it('has an organization with an SCP on the Engineering OU, and the management account at the root', () => {
    const org = s.organization!;
    expect(organizationPath(org, '123456789012')).toEqual([org.rootId, '123456789012']);
    const path = organizationPath(org, '111122223333')!;
    expect(path).toHaveLength(3);
    expect(org.attachments.filter((x) => x.targetId === path[1]).map((x) => x.policyId)).toContain(
      org.policies.find((p) => p.name === 'ProtectAuditTrail')!.id,
    );
    expect(orgPathString(org, '111122223333')).toBe(`${org.id}/${org.rootId}/${path[1]}/`);
  });

  it('gives every user an AIDA unique id and an ARN with the user name', () => {
    for (const u of main.users) {
      expect(u.id).toMatch(/^AIDA[A-Z2-7]{17}$/);
      expect(u.arn).toBe(`arn:aws:iam::123456789012:user/${u.name}`);
    }
  });

  it('marks the role under /aws-service-role/ as service-linked', () => {
    expect(main.roles.filter((r) => r.serviceLinked).map((r) => r.name)).toEqual(['AWSServiceRoleForSupport']);
  });
});
