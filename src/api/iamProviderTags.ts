// Tags of identity providers after creation: TagOpenIDConnectProvider, UntagOpenIDConnectProvider,
// ListOpenIDConnectProviderTags and their SAML twins. One implementation for both kinds, authorized on the
// provider's ARN with aws:RequestTag/aws:TagKeys as TagRole is.

import type { Tag } from '../model';
import { getOidcProvider, getSamlProvider } from './lookup';
import type { Call, Operation } from './operation';
import { operation } from './operation';
import { sortedTags, tagOperations } from './tagging';

/** How the API names each kind of provider: in operations (`OpenIDConnectProvider`) and in the ARN parameter. */
const KINDS = {
  OpenIDConnectProvider: { arnParam: 'OpenIDConnectProviderArn', find: getOidcProvider },
  SAMLProvider: { arnParam: 'SAMLProviderArn', find: getSamlProvider },
} as const;

type Kind = keyof typeof KINDS;
type ArnParam<K extends Kind> = { [F in (typeof KINDS)[K]['arnParam']]: string };

/** The three tag operations of one kind of provider, typed by name. */
export type ProviderTagOperations<K extends Kind> = {
  [N in `Tag${K}`]: Operation<ArnParam<K> & { Tags: Tag[] }, object>;
} & { [N in `Untag${K}`]: Operation<ArnParam<K> & { TagKeys: string[] }, object> } & {
  [N in `List${K}Tags`]: Operation<ArnParam<K>, { Tags: Tag[]; IsTruncated: false }>;
};

/** Tag, untag and list the tags of the OpenID Connect or the SAML providers. */
export function providerTagOperations<K extends Kind>(kind: K): ProviderTagOperations<K> {
  const { arnParam, find } = KINDS[kind];
  const arnOf = (call: Call<unknown>) => (call.params as Record<string, string>)[arnParam];
  const provider = (call: Call<unknown>) => find(call.account, arnOf(call));
  const { tag, untag } = tagOperations(kind, { resource: arnOf, find: provider });
  return {
    [`Tag${kind}`]: tag,
    [`Untag${kind}`]: untag,
    [`List${kind}Tags`]: operation<ArnParam<K>, { Tags: Tag[]; IsTruncated: false }>({
      action: `iam:List${kind}Tags`,
      resource: arnOf,
      run: (call) => ({ Tags: sortedTags(provider(call).tags), IsTruncated: false }),
    }),
  } as unknown as ProviderTagOperations<K>;
}
