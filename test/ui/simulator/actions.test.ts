// Actions as the simulator takes them: a list typed freely, wildcards expanded through the AWS service
// catalogue (action names are case-insensitive), malformed entries reported rather than simulated.
import { describe, expect, it } from 'vitest';
import { expandAction, expandActions, splitList } from '../../../src/ui/simulator/actions';
import { catalogFromDisk } from '../editor/catalogFromDisk';

const catalog = catalogFromDisk();

describe('the action list', () => {
  it('splits on commas, spaces and new lines and drops repeats', () => {
    expect(splitList('s3:GetObject, s3:PutObject\n\ns3:GetObject  iam:ListUsers')).toEqual([
      's3:GetObject',
      's3:PutObject',
      'iam:ListUsers',
    ]);
  });

  it('expands a wildcard into every catalogue action it matches, and nothing else', async () => {
    const { actions, problem } = await expandAction('s3:GetObject*', catalog);
    expect(problem).toBeNull();
    expect(actions).toContain('s3:GetObject');
    expect(actions).toContain('s3:GetObjectAcl');
    expect(actions.every((a) => a.startsWith('s3:GetObject'))).toBe(true);
  });

  it('matches action names case-insensitively and spells them as the catalogue does', async () => {
    expect((await expandAction('S3:getobject', catalog)).actions).toEqual(['s3:GetObject']);
    expect((await expandAction('iam:list?sers', catalog)).actions).toEqual(['iam:ListUsers']);
  });

  it('still simulates an action the catalogue does not know, and says so', async () => {
    const out = await expandAction('s3:NoSuchThing', catalog);
    expect(out.actions).toEqual(['s3:NoSuchThing']);
    expect(out.problem).toMatch(/Not an action/);
  });

  it('reports entries that are not service:Action and wildcards that match nothing', async () => {
    expect((await expandAction('GetObject', catalog)).actions).toEqual([]);
    expect((await expandAction('s3:Nope*', catalog)).problem).toMatch(/No action/);
  });

  it('caps a very wide pattern and keeps the actions distinct across entries', async () => {
    const { entries, actions } = await expandActions('ec2:* ec2:DescribeInstances', catalog);
    expect(entries[0].problem).toMatch(/first 200/);
    expect(actions).toHaveLength(200);
    expect(new Set(actions).size).toBe(actions.length);
  });
});
