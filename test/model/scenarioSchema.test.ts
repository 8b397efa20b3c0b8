// The published JSON Schema (public/schema/scenario.schema.json) accepts what restoreScenario accepts
// and rejects what it rejects for shape, so other tools can validate scenario files on their own.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exampleCorpScenario, restoreScenario, serializeScenario } from '../../src/model';

const schema = JSON.parse(readFileSync('public/schema/scenario.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
const corp = () => JSON.parse(serializeScenario(exampleCorpScenario()));

describe('the scenario JSON Schema', () => {
  it('Example Corp validates', () => {
    expect(validate(corp()), JSON.stringify(validate.errors)).toBe(true);
  });

  const rejected: [string, (doc: ReturnType<typeof corp>) => void][] = [
    ['an unknown top-level field', (d) => (d.extra = 1)],
    ['a user name with a space', (d) => (d.accounts[1].users[0].name = 'two words')],
    ['an account id of 11 digits', (d) => (d.accounts[0].id = '12345678901')],
    ['a role session longer than 12 hours', (d) => (d.accounts[1].roles[0].maxSessionDuration = 43201)],
    ['an identity of an unknown type', (d) => (d.session.identity = { type: 'federated', accountId: '123456789012' })],
  ];
  it.each(rejected)('rejects %s, as restoreScenario does', (_name, spoil) => {
    const doc = corp();
    spoil(doc);
    expect(validate(doc)).toBe(false);
    expect(restoreScenario(doc).type).toBe('failure');
  });
});
