// The scenario document: restore validates, refuses newer versions, canonicalizes, and matches its JSON Schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exampleCorpScenario,
  restoreScenario,
  scenarioJsonSchema,
  serializeScenario,
  SCENARIO_VERSION,
  emptyScenario,
} from '../../src/model';
import type { Scenario } from '../../src/model';

const expectFailure = (raw: unknown, code: string, fragment: string) => {
  const r = restoreScenario(raw);
  expect(r.type).toBe('failure');
  if (r.type === 'failure') {
    expect(r.errors[0].code).toBe(code);
    expect(r.errors.map((e) => e.message).join('\n')).toContain(fragment);
  }
};
const clone = (s: Scenario) => JSON.parse(JSON.stringify(s));
/** Index of Example Corp's main account (accounts are ordered by id). */
const MAIN = 1;

describe('scenario document', () => {
  it('Example Corp restores to exactly itself (every load is a restore)', () => {
    const s = exampleCorpScenario();
    const r = restoreScenario(serializeScenario(s));
    expect(r).toEqual({ type: 'success', value: s });
  });

  it('Example Corp is deterministic: built twice, it serializes to the same text', () => {
    expect(serializeScenario(exampleCorpScenario())).toBe(serializeScenario(exampleCorpScenario()));
  });

  it('restore puts lists and object keys in canonical order, so equal scenarios give equal text', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users.reverse();
    s.accounts.reverse();
    const reordered = Object.fromEntries(Object.entries(s).reverse());
    const r = restoreScenario(reordered);
    expect(r.type === 'success' && serializeScenario(r.value)).toBe(serializeScenario(exampleCorpScenario()));
  });

  it('a document from a newer version is refused with a message to update', () => {
    expectFailure(
      { ...exampleCorpScenario(), version: SCENARIO_VERSION + 1 },
      'UnsupportedVersion',
      'newer IAM Playground',
    );
  });

  it('text that is not JSON is refused', () => {
    expectFailure('{"format": ', 'InvalidScenario', 'not valid JSON');
  });

  it('a document of another format is refused', () => {
    expectFailure({ format: 'something-else', version: 1 }, 'InvalidScenario', '"format"');
  });

  it('an invalid field is reported with its path', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users[0].name = 'bad name!';
    expectFailure(s, 'InvalidScenario', '/accounts/1/users/0/name');
  });

  it('unknown fields are refused rather than silently dropped', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].colour = 'blue';
    expectFailure(s, 'InvalidScenario', '/accounts/1/colour: is not a known field');
  });

  it('an account id must have 12 digits', () => {
    const s = clone(emptyScenario('x', '123456789012'));
    s.accounts[0].id = '12345';
    expectFailure(s, 'InvalidScenario', '/accounts/0/id');
  });

  it('optional lists may be left out by hand-written tutorials', () => {
    const s = clone(emptyScenario('x', '123456789012'));
    delete s.accounts[0].users;
    delete s.resources;
    const r = restoreScenario(s);
    expect(r.type === 'success' && r.value.accounts[0].users).toEqual([]);
  });

  it('IAM user names are unique in an account regardless of case', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users.push({
      ...s.accounts[MAIN].users[0],
      name: s.accounts[MAIN].users[0].name.toUpperCase(),
      id: 'AIDAZZZZZZZZZZZZZZZZZ',
    });
    expectFailure(s, 'InvalidScenario', 'more than one user named');
  });

  it('an account alias is unique across the scenario', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[0].alias = s.accounts[MAIN].alias;
    expectFailure(s, 'InvalidScenario', 'used by more than one account');
  });

  it('an attached managed policy must exist', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users[0].attachedPolicies = ['arn:aws:iam::123456789012:policy/Missing'];
    expectFailure(s, 'InvalidScenario', 'does not exist');
  });

  it('any AWS managed policy AWS publishes may be attached or be a boundary, not only the core set', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users[0].attachedPolicies = [
      'arn:aws:iam::aws:policy/AmazonSQSFullAccess',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    ];
    s.accounts[MAIN].users[0].permissionsBoundary = 'arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess';
    expect(restoreScenario(s).type).toBe('success');
  });

  it('an AWS managed policy ARN that AWS does not publish is refused', () => {
    const s = clone(exampleCorpScenario());
    s.accounts[MAIN].users[0].attachedPolicies = ['arn:aws:iam::aws:policy/AmazonSQSFullAccessTypo'];
    expectFailure(s, 'InvalidScenario', 'AmazonSQSFullAccessTypo, which does not exist');
  });

  it('the acting identity must exist', () => {
    const s = clone(exampleCorpScenario());
    s.session.identity = { type: 'user', accountId: '123456789012', userName: 'Nobody', mfaAuthenticatedAt: null };
    expectFailure(s, 'InvalidScenario', 'Nobody does not exist');
  });

  it('organization members must sit under a known parent', () => {
    const s = clone(exampleCorpScenario());
    s.organization.accounts[0].parentId = 'ou-zzzz-zzzzzzzz';
    expectFailure(s, 'InvalidScenario', 'unknown parent');
  });

  it('public/schema/scenario.schema.json is the schema generated from the decoder', () => {
    const file = JSON.parse(readFileSync('public/schema/scenario.schema.json', 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
