// The AccessDenied explanation of a console action: policy types in AWS's evaluation order with their
// verdicts, and the statements that decided, located in the policies they belong to.
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../src/api';
import type { Identity } from '../../../src/model';
import { EXAMPLE_CORP_ACCOUNT, exampleCorpScenario } from '../../../src/model';
import { explainAuthorization, runOffMainThread } from '../../../src/ui/actions/consoleApi';
import { denialView } from '../../../src/ui/actions/denialView';

const s = exampleCorpScenario();
const user = (userName: string): Identity => ({
  type: 'user',
  accountId: EXAMPLE_CORP_ACCOUNT,
  userName,
  mfaAuthenticatedAt: null,
});
const createUserAs = (userName: string) =>
  runOffMainThread((ctx) => callApi(ctx, s, 'iam:CreateUser', { UserName: 'intern' }, user(userName)));

describe('the explanation of a denied console action', () => {
  it('names the identity-based policy type as decisive when no identity policy allows the action (implicit deny)', async () => {
    const out = await createUserAs('Richard');
    expect(out.result.type).toBe('failure');
    const view = denialView(out.authorization!, explainAuthorization(out.authorization!));
    expect(view.summary).toContain('because no identity-based policy allows the iam:CreateUser action');
    const decisive = view.types.filter((t) => t.decisive);
    expect(decisive.map((t) => [t.name, t.verdict])).toEqual([['identity-based policy', 'NoAllow']]);
    expect(view.decisive).toEqual([]);
    // The reader sees which identity policies were weighed and found no Allow: those of Richard's groups.
    expect(decisive[0].policies.join()).toMatch(/ViewOnlyAccess/);
  });

  it('shows the Deny statement that decided, with its Sid, its policy and its text (explicit deny)', async () => {
    const out = await createUserAs('Shirley');
    const view = denialView(out.authorization!, explainAuthorization(out.authorization!));
    expect(view.summary).toContain('with an explicit deny in an identity-based policy');
    expect(view.types.find((t) => t.decisive)?.verdict).toBe('Deny');
    expect(view.decisive).toHaveLength(1);
    expect(view.decisive[0]).toMatchObject({ effect: 'Deny', name: 'DenyAllButWrites' });
    expect(view.decisive[0].policy).toContain('WriteOnly');
    expect(JSON.parse(view.decisive[0].text)).toMatchObject({ Sid: 'DenyAllButWrites', NotAction: 's3:PutObject' });
  });

  it('lists the policy types in the order AWS evaluates them, as the explanation does', async () => {
    const out = await createUserAs('Richard');
    const explanation = explainAuthorization(out.authorization!);
    expect(denialView(out.authorization!, explanation).types.map((t) => t.name)).toEqual(
      explanation.policyTypes.map((t) => t.name),
    );
  });
});
