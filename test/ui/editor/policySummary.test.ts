import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import type { Policy, PolicyKind } from '../../../src/engine/policy';
import { accessText, summarizePolicy } from '../../../src/ui/editor/policySummary';
import { principalLines } from '../../../src/ui/editor/principalSummary';
import { catalogFromDisk } from './catalogFromDisk';

const catalog = catalogFromDisk();
const parse = (statements: object[], kind: PolicyKind = 'identity'): Policy => {
  const { policy, diagnostics } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), kind);
  if (!policy) throw new Error(JSON.stringify(diagnostics));
  return policy;
};

describe('policy summary, as the console shows it', () => {
  it('a service wildcard is full access to that service on the resources written', async () => {
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]), catalog);
    expect(row).toMatchObject({
      effect: 'Allow',
      service: 's3',
      serviceName: 'Amazon S3',
      access: 'Full access',
      resources: ['All resources'],
      conditions: [],
    });
  });

  it('some actions of one access level are limited access at that level', async () => {
    const [row] = await summarizePolicy(
      parse([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/*' }]),
      catalog,
    );
    expect(row.access).toBe('Limited: Read');
    expect(row.resources).toEqual(['arn:aws:s3:::bucket/*']);
  });

  it('all actions of a level are full access at that level', async () => {
    const iam = await catalog.service('iam');
    const listLevel = Object.values(iam!.actions)
      .filter((a) => a.accessLevel === 'List')
      .map((a) => `iam:${a.name}`);
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: listLevel, Resource: '*' }]), catalog);
    expect(row.access).toBe('Full: List');
  });

  it('request conditions are listed per service', async () => {
    const [row] = await summarizePolicy(
      parse([
        {
          Effect: 'Allow',
          Action: 'ec2:StartInstances',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ]),
      catalog,
    );
    expect(row.conditions).toEqual(['aws:MultiFactorAuthPresent Bool true']);
  });

  it('allow rows come before explicit deny rows; "*" is every service; NotAction reads as an exception', async () => {
    const rows = await summarizePolicy(
      parse([
        { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
        { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: '*' },
      ]),
      catalog,
    );
    expect(rows.map((r) => [r.effect, r.service, r.access])).toEqual([
      ['Allow', '*', 'Full access'],
      ['Deny', 'iam', 'Full access'],
    ]);
  });

  it('actions the catalogue does not know are reported on their service row', async () => {
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: 's3:MakeCoffee', Resource: '*' }]), catalog);
    expect(row.unknownActions).toEqual(['s3:MakeCoffee']);
    expect(row.access).toBe('None');
  });
});

describe('each row shows only what the statements that grant it say', () => {
  it('a condition of one statement is not shown on the actions of another statement', async () => {
    const rows = await summarizePolicy(
      parse([
        {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::bucket',
          Condition: { StringLike: { 's3:prefix': 'home/*' } },
        },
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::bucket/home/*' },
      ]),
      catalog,
    );
    expect(rows.map((r) => [r.access, r.resources, r.conditions])).toEqual([
      ['Limited: List', ['arn:aws:s3:::bucket'], ['s3:prefix StringLike home/*']],
      ['Limited: Read, Write', ['arn:aws:s3:::bucket/home/*'], []],
    ]);
  });

  it('statements of one service with the same resources and conditions share one row', async () => {
    const rows = await summarizePolicy(
      parse([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
      ]),
      catalog,
    );
    expect(rows.map((r) => [r.service, r.access])).toEqual([['s3', 'Limited: Read, Write']]);
  });
});

describe('the summary says who a trust or resource-based policy applies to', () => {
  it('identity-based policies have no principal', async () => {
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]), catalog);
    expect(row.principal).toBeNull();
  });

  it('principals are named by type: account, role, user, session, service, web identity, SAML provider', async () => {
    const [row] = await summarizePolicy(
      parse(
        [
          {
            Effect: 'Allow',
            Action: ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'],
            Principal: {
              AWS: [
                '111122223333',
                'arn:aws:iam::444455556666:root',
                'arn:aws:iam::111122223333:role/ops/Admin',
                'arn:aws:iam::111122223333:user/Nikki',
                'arn:aws:sts::111122223333:assumed-role/Admin/nikki',
              ],
              Service: 'ec2.amazonaws.com',
              Federated: ['accounts.google.com', 'arn:aws:iam::111122223333:saml-provider/ExampleIdP'],
            },
          },
        ],
        'trust',
      ),
      catalog,
    );
    expect(principalLines(row.principal!)).toEqual([
      'AWS account 111122223333',
      'AWS account 444455556666',
      'IAM role Admin in account 111122223333',
      'IAM user Nikki in account 111122223333',
      'Session nikki of role Admin in account 111122223333',
      'AWS service ec2.amazonaws.com',
      'Web identity provider accounts.google.com',
      'SAML provider ExampleIdP in account 111122223333',
    ]);
  });

  it('"*" is everyone, and {"AWS": "*"} too', async () => {
    for (const principal of ['*', { AWS: '*' }]) {
      const [row] = await summarizePolicy(
        parse(
          [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Principal: principal }],
          'resource',
        ),
        catalog,
      );
      expect(principalLines(row.principal!)).toEqual(['Everyone (*)']);
    }
  });

  it('NotPrincipal reads as everyone except the principals listed', async () => {
    const [row] = await summarizePolicy(
      parse(
        [
          {
            Effect: 'Deny',
            Action: 's3:*',
            Resource: 'arn:aws:s3:::b/*',
            NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' },
          },
        ],
        'resource',
      ),
      catalog,
    );
    expect(principalLines(row.principal!)).toEqual(['Everyone except', 'IAM role Admin in account 111122223333']);
  });

  it('statements for different principals are different rows', async () => {
    const rows = await summarizePolicy(
      parse(
        [
          { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } },
          { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '111122223333' } },
        ],
        'trust',
      ),
      catalog,
    );
    expect(rows.map((r) => principalLines(r.principal!))).toEqual([
      ['AWS service ec2.amazonaws.com'],
      ['AWS account 111122223333'],
    ]);
  });
});

describe('console wording of access levels', () => {
  it('mixes full and limited levels', () => {
    expect(
      accessText([
        { level: 'List', granted: 3, total: 3 },
        { level: 'Read', granted: 1, total: 4 },
        { level: 'Write', granted: 0, total: 9 },
      ]),
    ).toBe('Full: List Limited: Read');
  });
});
