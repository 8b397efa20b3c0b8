import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/engine/parse/parsePolicy';
import type { Policy } from '../../src/engine/policy';
import { accessText, summarizePolicy } from '../../src/ui/editor/policySummary';
import { catalogFromDisk } from './catalogFromDisk';

const catalog = catalogFromDisk();
const parse = (statements: object[]): Policy => {
  const { policy, diagnostics } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), 'identity');
  if (!policy) throw new Error(JSON.stringify(diagnostics));
  return policy;
};

describe('policy summary, as the console shows it', () => {
  it('a service wildcard is full access to that service on the resources written', async () => {
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]), catalog);
    expect(row).toMatchObject({ effect: 'Allow', service: 's3', serviceName: 'Amazon S3', access: 'Full access', resources: ['All resources'], conditions: [] });
  });

  it('some actions of one access level are limited access at that level', async () => {
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/*' }]), catalog);
    expect(row.access).toBe('Limited: Read');
    expect(row.resources).toEqual(['arn:aws:s3:::bucket/*']);
  });

  it('all actions of a level are full access at that level', async () => {
    const iam = await catalog.service('iam');
    const listLevel = Object.values(iam!.actions).filter((a) => a.accessLevel === 'List').map((a) => `iam:${a.name}`);
    const [row] = await summarizePolicy(parse([{ Effect: 'Allow', Action: listLevel, Resource: '*' }]), catalog);
    expect(row.access).toBe('Full: List');
  });

  it('request conditions are listed per service', async () => {
    const [row] = await summarizePolicy(parse([{
      Effect: 'Allow', Action: 'ec2:StartInstances', Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    }]), catalog);
    expect(row.conditions).toEqual(['aws:MultiFactorAuthPresent Bool true']);
  });

  it('allow rows come before explicit deny rows; "*" is every service; NotAction reads as an exception', async () => {
    const rows = await summarizePolicy(parse([
      { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      { Effect: 'Allow', Action: '*', Resource: '*' },
    ]), catalog);
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

describe('console wording of access levels', () => {
  it('mixes full and limited levels', () => {
    expect(accessText([
      { level: 'List', granted: 3, total: 3 }, { level: 'Read', granted: 1, total: 4 }, { level: 'Write', granted: 0, total: 9 },
    ])).toBe('Full: List Limited: Read');
  });
});
