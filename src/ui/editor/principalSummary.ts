// Who a statement applies to, in words: the Principal or NotPrincipal of a trust or resource-based policy
// as the summary shows it ("AWS account 111122223333", "IAM role Admin in account …", "AWS service …").
import type { PrincipalBlock, PrincipalType } from '../../engine/policy';

/** A statement's Principal or NotPrincipal, in words. */
export interface PrincipalSummary {
  /** True for NotPrincipal: the statement applies to everyone except `principals`. */
  except: boolean;
  /** True for `"*"` or `{"AWS": "*"}`: anyone, including anonymous users. */
  everyone: boolean;
  /** One line per principal other than `*`, naming its type. */
  principals: string[];
}

const IAM_ARN = /^arn:[^:]+:(iam|sts)::(\d{12}):(.*)$/;

function awsPrincipal(value: string): string {
  if (/^\d{12}$/.test(value)) return `AWS account ${value}`;
  const arn = IAM_ARN.exec(value);
  if (!arn) return `AWS principal ${value}`;
  const [, service, account, resource] = arn;
  const name = resource.slice(resource.lastIndexOf('/') + 1);
  if (resource === 'root') return `AWS account ${account}`;
  if (service === 'iam' && resource.startsWith('role/')) return `IAM role ${name} in account ${account}`;
  if (service === 'iam' && resource.startsWith('user/')) return `IAM user ${name} in account ${account}`;
  if (resource.startsWith('assumed-role/')) {
    const [, role, session] = resource.split('/');
    return `Session ${session} of role ${role} in account ${account}`;
  }
  if (resource.startsWith('federated-user/')) return `Federated user ${name} in account ${account}`;
  return `AWS principal ${value}`;
}

function federatedPrincipal(value: string): string {
  const provider = /^arn:[^:]+:iam::(\d{12}):(saml|oidc)-provider\/(.+)$/.exec(value);
  if (!provider) return `Web identity provider ${value}`;
  const [, account, type, name] = provider;
  return `${type === 'saml' ? 'SAML' : 'OpenID Connect'} provider ${name} in account ${account}`;
}

const DESCRIBE: Record<PrincipalType, (value: string) => string> = {
  AWS: awsPrincipal,
  Service: (value) => `AWS service ${value}`,
  Federated: federatedPrincipal,
  CanonicalUser: (value) => `Canonical user ${value}`,
};

/** Describes a Principal or NotPrincipal block. */
export function summarizePrincipal(block: PrincipalBlock): PrincipalSummary {
  const principals = block.entries.flatMap((e) =>
    e.values.filter((v) => !(e.type === 'AWS' && v === '*')).map(DESCRIBE[e.type]),
  );
  return { except: block.negated, everyone: block.wildcard, principals };
}

/** The lines the summary shows: "Everyone (*)", or "Everyone except" followed by the exceptions. */
export function principalLines(p: PrincipalSummary): string[] {
  const named = p.everyone ? ['Everyone (*)', ...p.principals] : p.principals;
  return p.except ? ['Everyone except', ...named] : named;
}
