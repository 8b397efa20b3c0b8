// Opening the app: the scenario opened last comes back; when it was deleted since (in another tab), the
// most recently saved one opens instead of a new Example Corp being seeded beside the user's scenarios.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../../../src/model';
import { openStoredScenario } from '../../../src/ui/state/openStoredScenario';
import { testStores, value } from './testStores';

const stores = testStores();

describe('opening the app', () => {
  it('when the scenario open last was deleted, the most recently saved one opens and nothing is seeded', async () => {
    let now = 1_000;
    // The app's own database (openStoredScenario always opens it), as an earlier visit left it.
    const earlier = await stores.open('iam-playground', { now: () => ++now });
    const older = value(await earlier.create('Older', emptyScenario('Older', '111111111111')));
    const newer = value(await earlier.create('Newer', emptyScenario('Newer', '222222222222')));
    const deleted = value(await earlier.create('Deleted', emptyScenario('Deleted', '333333333333')));
    value(await earlier.setActive(deleted.id));
    value(await earlier.remove(deleted.id));
    stores.closeAll();

    const opened = await openStoredScenario(() => {});
    if (!('store' in opened)) throw new Error(`storage did not open: ${JSON.stringify(opened)}`);
    expect(opened.meta.id).toBe(newer.id);
    expect(opened.scenario.name).toBe('Newer');
    expect(
      value(await opened.store.list())
        .map((m) => m.id)
        .sort(),
    ).toEqual([older.id, newer.id].sort());
    expect(value(await opened.store.getActive())).toBe(newer.id);
    opened.store.close();
  });
});
