import { describe, expect, it } from 'vitest';
import { arnSnippet, conditionKeySnippet, policyCompletions } from '../../../src/ui/editor/completions';
import { catalogFromDisk } from './catalogFromDisk';
import { atCursor } from './cursor';

const catalog = catalogFromDisk();
const complete = async (marked: string) => {
  const { text, offset } = atCursor(marked);
  return policyCompletions(text, offset, catalog);
};
const labels = async (marked: string) => (await complete(marked)).map((c) => c.label);

describe('policy editor completion', () => {
  it('offers the actions of the service being typed, such as s3:GetObject', async () => {
    const items = await complete('{"Statement":[{"Action":"s3:Get|"}]}');
    const getObject = items.find((c) => c.label === 's3:GetObject');
    expect(getObject).toMatchObject({ kind: 'action', detail: 'Read' });
    expect(getObject?.documentation).toContain('Grants permission to retrieve objects');
    expect(items.every((c) => c.label.startsWith('s3:'))).toBe(true);
  });

  it('offers service prefixes before the colon and asks to suggest again', async () => {
    const items = await complete('{"Statement":[{"Action":"|"}]}');
    expect(items.find((c) => c.label === 's3:')).toMatchObject({
      kind: 'service',
      retrigger: true,
      detail: 'Amazon S3',
    });
  });

  it('adds quotes when the cursor is not inside a string', async () => {
    const items = await complete('{"Statement":[{"Effect": |}]}');
    expect(items.map((c) => c.insertText)).toEqual(['"Allow"', '"Deny"']);
  });

  it('offers every condition operator with its IfExists and set-qualified forms, but no NullIfExists', async () => {
    const names = await labels('{"Statement":[{"Condition":{"|"}}]}');
    expect(names).toEqual(
      expect.arrayContaining([
        'StringEquals',
        'StringLikeIfExists',
        'ForAnyValue:StringLike',
        'ForAllValues:StringEqualsIfExists',
        'Null',
        'IpAddress',
      ]),
    );
    expect(names).not.toContain('NullIfExists');
  });

  it('offers the condition keys of the chosen actions and the global keys, not keys of other services', async () => {
    const names = await labels('{"Statement":[{"Action":"s3:ListBucket","Condition":{"StringLike":{"|"}}}]}');
    expect(names).toEqual(expect.arrayContaining(['s3:prefix', 'aws:SourceIp', 'aws:PrincipalTag/${TagKey}']));
    expect(names.some((n) => n.startsWith('ec2:'))).toBe(false);
  });

  it('offers ARN templates of the resource types of the chosen actions, with the partition filled in', async () => {
    const items = await complete('{"Statement":[{"Action":"s3:GetObject","Resource":"|"}]}');
    const object = items.find((c) => c.label === 'arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(object).toMatchObject({
      kind: 'arn',
      snippet: true,
      insertText: 'arn:aws:s3:::${1:BucketName}/${2:ObjectName}',
    });
    expect(items[0].label).toBe('*');
  });

  it('offers policy variables after ${ in a resource, replacing only the variable being typed', async () => {
    const { text, offset } = atCursor('{"Statement":[{"Resource":"arn:aws:s3:::bucket/home/${aws:us|"}]}');
    const items = await policyCompletions(text, offset, catalog);
    const username = items.find((c) => c.label === '${aws:username}');
    expect(username).toBeDefined();
    expect(text.slice(username!.replaceStart, username!.replaceEnd)).toBe('${aws:us');
    expect(items.map((c) => c.label)).toEqual(expect.arrayContaining(['${*}', '${?}', '${$}']));
    expect(items.map((c) => c.label)).not.toContain('${aws:TagKeys}');
  });

  it('offers true and false as values of a Bool condition key', async () => {
    expect(await labels('{"Statement":[{"Condition":{"Bool":{"aws:MultiFactorAuthPresent":"|"}}}]}')).toEqual([
      'true',
      'false',
    ]);
  });

  it('offers the statement elements as keys of a statement', async () => {
    expect(await labels('{"Statement":[{"|"}]}')).toEqual([
      'Sid',
      'Effect',
      'Principal',
      'NotPrincipal',
      'Action',
      'NotAction',
      'Resource',
      'NotResource',
      'Condition',
    ]);
  });
});

describe('snippets made from catalogue templates', () => {
  it('ARN template placeholders become numbered tab stops', () => {
    expect(arnSnippet('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}')).toBe(
      'arn:aws:iam::${1:Account}:role/${2:RoleNameWithPath}',
    );
  });
  it('a tag placeholder in a condition key becomes a tab stop; a plain key stays plain text', () => {
    expect(conditionKeySnippet('s3:ExistingObjectTag/<key>')).toEqual({
      text: 's3:ExistingObjectTag/${1:key}',
      snippet: true,
    });
    expect(conditionKeySnippet('s3:prefix')).toEqual({ text: 's3:prefix', snippet: false });
  });
});

describe('condition keys and ARNs for wildcard actions', () => {
  it('a whole-service wildcard such as ec2:* offers the keys of every ec2 action', async () => {
    const ec2 = await catalog.service('ec2');
    const everyKey = new Set(Object.values(ec2!.actions).flatMap((a) => a.conditionKeys.map((k) => k.toLowerCase())));
    const offered = new Set(
      (await complete('{"Statement":[{"Action":"ec2:*","Condition":{"StringEquals":{"|"}}}]}')).map((c) =>
        c.label.toLowerCase(),
      ),
    );
    expect([...everyKey].filter((k) => !offered.has(k))).toEqual([]);
  });

  it('a wildcard service prefix adds no service keys, only the global ones', async () => {
    const names = await labels('{"Statement":[{"Action":"*:Get*","Condition":{"StringEquals":{"|"}}}]}');
    expect(names.every((n) => n.startsWith('aws:'))).toBe(true);
  });
});
