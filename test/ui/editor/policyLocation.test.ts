import { describe, expect, it } from 'vitest';
import { locatePolicyCursor } from '../../../src/ui/editor/policyLocation';
import { atCursor } from './cursor';

const locate = (marked: string) => {
  const { text, offset } = atCursor(marked);
  return locatePolicyCursor(text, offset);
};

describe('where the cursor is in a policy', () => {
  it.each([
    ['{"Statement":[{"Action":"s3:Get|"}]}', 'action'],
    ['{"Statement":[{"NotAction":["iam:*", "s3:|"]}]}', 'action'],
    ['{"Statement":{"Action":"s3:|"}}', 'action'],
    ['{"Statement":[{"Resource":"arn:|"}]}', 'resource'],
    ['{"Statement":[{"Effect":"|"}]}', 'effect'],
    ['{"Version":"|"}', 'version'],
    ['{"|"}', 'topLevelKey'],
    ['{"Statement":[{"Ef|"}]}', 'statementKey'],
    ['{"Statement":[{"Condition":{"|"}}]}', 'conditionOperator'],
    ['{"Statement":[{"Condition":{"StringEquals":{"aws:|"}}}]}', 'conditionKey'],
    ['{"Statement":[{"Condition":{"Bool":{"aws:SecureTransport":"|"}}}]}', 'conditionValue'],
    ['{"Statement":[{"Principal":{"|"}}]}', 'principalType'],
  ])('%s is in the %s slot', (marked, slot) => {
    expect(locate(marked).slot).toBe(slot);
  });

  it('a string still being typed (unterminated) counts as quoted up to the cursor', () => {
    const where = locate('{"Statement":[{"Action":"s3:Ge|');
    expect(where).toMatchObject({ slot: 'action', typed: 's3:Ge', quoted: true });
    expect(where.replaceEnd - where.replaceStart).toBe('s3:Ge'.length);
  });

  it('a completion replaces the whole string content, not only what precedes the cursor', () => {
    const { text, offset } = atCursor('{"Statement":[{"Action":"s3:Ge|tObject"}]}');
    const where = locatePolicyCursor(text, offset);
    expect(text.slice(where.replaceStart, where.replaceEnd)).toBe('s3:GetObject');
    expect(where.typed).toBe('s3:Ge');
  });

  it('outside quotes the cursor is unquoted, so completions must add quotes', () => {
    expect(locate('{"Statement":[{"Action": |}]}')).toMatchObject({ slot: 'action', quoted: false, typed: '' });
  });

  it('knows the actions named by the enclosing statement only', () => {
    const where = locate(
      '{"Statement":[{"Action":"ec2:RunInstances"},{"Action":["s3:GetObject","s3:PutObject"],"Resource":"|"}]}',
    );
    expect(where.statementActions).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('knows the operator and key of a condition value', () => {
    const where = locate('{"Statement":[{"Condition":{"StringLike":{"s3:prefix":"home/|"}}}]}');
    expect(where).toMatchObject({ slot: 'conditionValue', conditionOperator: 'StringLike', conditionKey: 's3:prefix' });
  });
});
