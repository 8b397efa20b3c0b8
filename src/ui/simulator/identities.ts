// Who the simulator can ask as: every root user, IAM user and role (as a session) of the scenario, the
// acting session, or a principal ARN typed by the user, resolved to a scenario identity when it names one.
import type { AssumedRoleIdentity, Identity, Scenario } from '../../model';
import { assumedRoleArn, parseArn, rootArn, splitIamResource } from '../../model';

/** One entry of the identity picker. */
export interface IdentityChoice {
  /** Stable key for the picker, e.g. `user:123456789012:Nikki`. */
  key: string;
  label: string;
  group: 'Root users' | 'IAM users' | 'Role sessions';
  identity: Identity;
  /** The ARN requests are made as. */
  arn: string;
}

/** The session name the simulator gives role sessions it makes up. */
export const SIMULATOR_SESSION = 'simulator';

/** A role session as the simulator assumes it: no tags, no session policy, issued at `issuedAt`. */
export function roleSession(
  accountId: string,
  roleName: string,
  issuedAt: string,
  sessionName = SIMULATOR_SESSION,
): AssumedRoleIdentity {
  return {
    type: 'assumedRole',
    accountId,
    roleName,
    sessionName,
    accessKeyId: 'ASIASIMULATORSESSION',
    issuedAt,
    expiresAt: '9999-12-31T23:59:59Z',
    sessionTags: [],
    transitiveTagKeys: [],
    sourceIdentity: null,
    sessionPolicy: null,
    sessionPolicyArns: [],
    mfaAuthenticatedAt: null,
    chained: false,
    assumedBy: { type: 'root', accountId },
  };
}

const accountLabel = (s: Scenario, accountId: string) => {
  const account = s.accounts.find((a) => a.id === accountId);
  return account?.alias ?? account?.name ?? accountId;
};

/** A user as the simulator asks as them: the signed-in user keeps the session's MFA sign-in, others have none. */
function userIdentity(s: Scenario, accountId: string, userName: string): Identity {
  const acting = s.session.identity;
  const signedIn = acting.type === 'user' && acting.accountId === accountId && acting.userName === userName;
  return { type: 'user', accountId, userName, mfaAuthenticatedAt: signedIn ? acting.mfaAuthenticatedAt : null };
}

/** Every identity of the scenario, the acting one first when it is a role session (it may carry tags or a session policy). */
export function identityChoices(s: Scenario, issuedAt: string): IdentityChoice[] {
  const choices: IdentityChoice[] = [];
  const acting = s.session.identity;
  if (acting.type === 'assumedRole') {
    choices.push({
      key: 'acting',
      label: `${acting.roleName}/${acting.sessionName} (current session)`,
      group: 'Role sessions',
      identity: acting,
      arn: assumedRoleArn(acting.accountId, acting.roleName, acting.sessionName),
    });
  }
  for (const a of s.accounts) {
    const where = accountLabel(s, a.id);
    choices.push({
      key: `root:${a.id}`,
      label: `root (${where})`,
      group: 'Root users',
      identity: { type: 'root', accountId: a.id },
      arn: rootArn(a.id),
    });
    for (const u of a.users) {
      choices.push({
        key: `user:${a.id}:${u.name}`,
        label: `${u.name} (${where})`,
        group: 'IAM users',
        arn: u.arn,
        identity: userIdentity(s, a.id, u.name),
      });
    }
    for (const r of a.roles) {
      choices.push({
        key: `role:${a.id}:${r.name}`,
        label: `${r.name}/${SIMULATOR_SESSION} (${where})`,
        group: 'Role sessions',
        identity: roleSession(a.id, r.name, issuedAt),
        arn: assumedRoleArn(a.id, r.name, SIMULATOR_SESSION),
      });
    }
  }
  return choices;
}

/** A typed principal: a scenario identity, or a caller the scenario does not hold (its own policies unknown). */
export type ResolvedPrincipal =
  { type: 'identity'; identity: Identity } | { type: 'external'; principal: string; accountId: string | null };

/**
 * Resolves a typed principal. Root, user, role and assumed-role ARNs of the scenario's accounts become
 * identities (a role ARN is simulated as a session of the role); anything else — another account, an
 * AWS service such as `ec2.amazonaws.com`, `anonymous` — is an external caller.
 */
export function resolvePrincipal(s: Scenario, text: string, issuedAt: string): ResolvedPrincipal {
  const principal = text.trim();
  const arn = parseArn(principal);
  const account = arn && s.accounts.find((a) => a.id === arn.account);
  const external: ResolvedPrincipal = {
    type: 'external',
    principal,
    accountId: arn && /^\d{12}$/.test(arn.account) ? arn.account : null,
  };
  if (!arn || !account) return external;
  if (arn.service === 'iam' && arn.resource === 'root')
    return { type: 'identity', identity: { type: 'root', accountId: account.id } };
  const { type, name } = splitIamResource(arn.resource);
  if (arn.service === 'iam' && type === 'user') {
    const user = account.users.find((u) => u.arn === principal);
    return user ? { type: 'identity', identity: userIdentity(s, account.id, user.name) } : external;
  }
  if (arn.service === 'iam' && type === 'role') {
    const role = account.roles.find((r) => r.arn === principal);
    return role ? { type: 'identity', identity: roleSession(account.id, role.name, issuedAt) } : external;
  }
  if (arn.service === 'sts' && type === 'assumed-role') {
    // assumed-role/RoleName/SessionName: splitIamResource puts the role name in the path.
    const [, roleName, sessionName] = arn.resource.split('/');
    const role = account.roles.find((r) => r.name === roleName);
    if (role && sessionName && name === sessionName)
      return { type: 'identity', identity: roleSession(account.id, role.name, issuedAt, sessionName) };
  }
  return external;
}
