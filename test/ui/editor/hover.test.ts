import { describe, expect, it } from 'vitest';
import { policyHover } from '../../../src/ui/editor/hover';
import { catalogFromDisk } from './catalogFromDisk';
import { atCursor } from './cursor';

const catalog = catalogFromDisk();
const hover = async (marked: string) => {
  const { text, offset } = atCursor(marked);
  return policyHover(text, offset, catalog);
};

describe('policy editor hover documentation', () => {
  it('an action shows its description, access level and resource types', async () => {
    const h = await hover('{"Statement":[{"Action":"s3:Get|Object"}]}');
    expect(h?.markdown).toContain('**s3:GetObject** — Read');
    expect(h?.markdown).toContain('Grants permission to retrieve objects');
    expect(h?.markdown).toContain('`object`');
  });

  it('action names compare case-insensitively, as in AWS', async () => {
    expect((await hover('{"Statement":[{"Action":"S3:getobj|ect"}]}'))?.markdown).toContain('— Read');
  });

  it('a wildcard action lists the actions it matches', async () => {
    const h = await hover('{"Statement":[{"Action":"iam:GetAccountPass|wordPolic?"}]}');
    expect(h?.markdown).toContain('matches 1 action');
    expect(h?.markdown).toContain('`iam:GetAccountPasswordPolicy`');
  });

  it('an unknown action says so', async () => {
    expect((await hover('{"Statement":[{"Action":"s3:Fly|"}]}'))?.markdown).toContain('Unknown action');
  });

  it('a condition key shows its type and description, including tag keys such as aws:PrincipalTag/team', async () => {
    expect((await hover('{"Statement":[{"Condition":{"Bool":{"aws:Secure|Transport":"true"}}}]}'))?.markdown).toContain(
      '**aws:SecureTransport** — Bool',
    );
    expect(
      (await hover('{"Statement":[{"Condition":{"StringEquals":{"aws:PrincipalTag/te|am":"x"}}}]}'))?.markdown,
    ).toContain('aws:PrincipalTag/${TagKey}');
  });

  it('a service condition key is documented when the statement names an action of that service', async () => {
    const h = await hover(
      '{"Statement":[{"Action":"s3:ListBucket","Condition":{"StringLike":{"s3:pre|fix":"home/"}}}]}',
    );
    expect(h?.markdown).toMatch(/\*\*s3:prefix\*\* — String/);
  });

  it('a condition operator explains itself', async () => {
    expect((await hover('{"Statement":[{"Condition":{"ForAnyValue:StringLike|":{}}}]}'))?.markdown).toContain(
      'wildcards',
    );
  });

  it('says nothing outside IAM elements', async () => {
    expect(await hover('{"Statement":[{"Sid":"Rea|d"}]}')).toBeNull();
  });
});
