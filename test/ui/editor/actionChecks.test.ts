import { describe, expect, it } from 'vitest';
import { catalogDiagnostics } from '../../../src/ui/editor/actionChecks';
import { catalogFromDisk } from './catalogFromDisk';

const catalog = catalogFromDisk();
const policy = (action: unknown, element = 'Action') =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', [element]: action, Resource: '*' }] },
    null,
    2,
  );
const messages = async (text: string) => (await catalogDiagnostics(text, catalog)).map((d) => d.message);

describe('catalogue checks of actions, like Access Analyzer policy validation', () => {
  it('an action its service does not have is a warning at exactly that value, with a suggestion', async () => {
    const text = policy(['s3:GetObject', 's3:GetObjekt']);
    const [d, ...rest] = await catalogDiagnostics(text, catalog);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'unknown-action', severity: 'warning' });
    expect(d.message).toBe('s3:GetObjekt is not an action of Amazon S3; did you mean s3:GetObject?');
    expect(text.slice(d.range.startOffset, d.range.endOffset)).toBe('"s3:GetObjekt"');
    const line = text.split('\n')[d.range.startLine - 1];
    expect(line.slice(d.range.startColumn - 1, d.range.endColumn - 1)).toBe('"s3:GetObjekt"');
  });

  it('an unknown service prefix is a warning', async () => {
    expect(await messages(policy('foo:Bar'))).toEqual(['foo is not a known service prefix']);
  });

  it('a wildcard that matches no action of its service is a warning; one that matches is not', async () => {
    expect(await messages(policy(['s3:Get*Foo', 's3:Get*', 'iam:List?ser*']))).toEqual([
      's3:Get*Foo matches no action of Amazon S3',
    ]);
  });

  it('NotAction values are checked too', async () => {
    expect(await messages(policy(['iam:CreateUserz'], 'NotAction'))).toEqual([
      'iam:CreateUserz is not an action of AWS Identity and Access Management (IAM); did you mean iam:CreateUser?',
    ]);
  });

  it('service prefixes and action names are case-insensitive, as in IAM', async () => {
    expect(await messages(policy(['S3:getobject', 'IAM:List*', 'EC2:*']))).toEqual([]);
  });

  it('"*" and malformed values (the parser reports those as errors) get no warning', async () => {
    expect(await messages(policy(['*', 's*:GetObject', 'nocolon', 's3:a:b']))).toEqual([]);
  });

  it('checks every statement, even while the policy has other errors', async () => {
    const text =
      '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}, {"Effect": "Maybe", "Action": "sqs:SendMesage"}]}';
    expect(await messages(text)).toEqual([
      'sqs:SendMesage is not an action of Amazon SQS; did you mean sqs:SendMessage?',
    ]);
  });
});
