// An API change saved through autosave is there after "reloading" (a new store on the same database).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../src/api';
import { parsePolicy } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { exampleCorpScenario, fixedEnv } from '../../src/model';
import { createAutosave, ScenarioStore } from '../../src/storage';

const open = async () => {
  const r = await ScenarioStore.open({ dbName: 'round-trip' });
  if (r.type === 'failure') throw new Error(r.errors[0].message);
  return r.value;
};

describe('persistence round trip', () => {
  it('a user created through the API survives a reload', async () => {
    const first = await open();
    const created = await first.create('Example Corp', exampleCorpScenario());
    if (created.type === 'failure') throw new Error('create failed');
    const ctx = { engine: new TsEngine(), parse: parsePolicy, env: fixedEnv(Date.UTC(2026, 0, 7, 9)) };
    const out = callApi(ctx, exampleCorpScenario(), 'iam:CreateUser', { UserName: 'newhire' });
    expect(out.result.type).toBe('success');
    const saver = createAutosave(first, created.value.id, created.value.revision);
    saver.schedule(out.scenario);
    await saver.flush();
    first.close();

    const second = await open();
    const loaded = await second.load(created.value.id);
    second.close();
    expect(loaded.type === 'success' && loaded.value.scenario.accounts[1].users.map((u) => u.name)).toContain(
      'newhire',
    );
  });
});
