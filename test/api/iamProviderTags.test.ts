// Tags of identity providers after creation, as the IAM API reference describes TagOpenIDConnectProvider,
// UntagOpenIDConnectProvider, ListOpenIDConnectProviderTags and the SAML equivalents: the same rules for
// both kinds, authorized on the provider's ARN with the request's tags in aws:RequestTag and aws:TagKeys.
import { describe, expect, it } from 'vitest';
import { asUser, doc, session } from './harness';

const A = '123456789012';
const METADATA = `<md>${'x'.repeat(1000)}</md>`;

/** An account with one provider of each kind, made by the root user. */
function withProviders() {
  const s = session();
  const saml = s.ok('iam:CreateSAMLProvider', {
    Name: 'CorpIdP',
    SAMLMetadataDocument: METADATA,
    Tags: [{ Key: 'owner', Value: 'it' }],
  }).SAMLProviderArn;
  const oidc = s.ok('iam:CreateOpenIDConnectProvider', {
    Url: 'https://token.example.com',
    ClientIDList: ['sts.amazonaws.com'],
    Tags: [{ Key: 'owner', Value: 'it' }],
  }).OpenIDConnectProviderArn;
  return { s, saml, oidc };
}
type Fixture = ReturnType<typeof withProviders>;

/** Each kind's three operations over one fixture, so every rule below runs for both. */
const KINDS = [
  {
    kind: 'OpenID Connect',
    tag: (f: Fixture, Tags: { Key: string; Value: string }[]) =>
      f.s.ok('iam:TagOpenIDConnectProvider', { OpenIDConnectProviderArn: f.oidc, Tags }),
    untag: (f: Fixture, TagKeys: string[]) =>
      f.s.ok('iam:UntagOpenIDConnectProvider', { OpenIDConnectProviderArn: f.oidc, TagKeys }),
    list: (f: Fixture) => f.s.ok('iam:ListOpenIDConnectProviderTags', { OpenIDConnectProviderArn: f.oidc }),
    got: (f: Fixture) => f.s.ok('iam:GetOpenIDConnectProvider', { OpenIDConnectProviderArn: f.oidc }).Tags,
  },
  {
    kind: 'SAML',
    tag: (f: Fixture, Tags: { Key: string; Value: string }[]) =>
      f.s.ok('iam:TagSAMLProvider', { SAMLProviderArn: f.saml, Tags }),
    untag: (f: Fixture, TagKeys: string[]) => f.s.ok('iam:UntagSAMLProvider', { SAMLProviderArn: f.saml, TagKeys }),
    list: (f: Fixture) => f.s.ok('iam:ListSAMLProviderTags', { SAMLProviderArn: f.saml }),
    got: (f: Fixture) => f.s.ok('iam:GetSAMLProvider', { SAMLProviderArn: f.saml }).Tags,
  },
];

describe.each(KINDS)('tags of a $kind provider', ({ tag, untag, list, got }) => {
  it('Tag adds tags and replaces the value of a key it repeats; List returns them sorted by key, Get includes them', () => {
    const f = withProviders();
    expect(
      tag(f, [
        { Key: 'team', Value: 'web' },
        { Key: 'owner', Value: 'security' },
      ]),
    ).toEqual({});
    expect(list(f)).toEqual({
      Tags: [
        { Key: 'owner', Value: 'security' },
        { Key: 'team', Value: 'web' },
      ],
      IsTruncated: false,
    });
    expect(got(f)).toHaveLength(2);
  });

  it('Untag removes tags by key, ignoring case, and a key the provider lacks is not an error', () => {
    const f = withProviders();
    expect(untag(f, ['OWNER', 'absent'])).toEqual({});
    expect(list(f)).toEqual({ Tags: [], IsTruncated: false });
    expect(got(f)).toBeUndefined();
  });
});

describe('errors of the provider tag operations', () => {
  it('an ARN that names no provider is NoSuchEntity, worded as for the other calls on that kind', () => {
    const f = withProviders();
    expect(
      f.s.fails(
        'iam:TagOpenIDConnectProvider',
        {
          OpenIDConnectProviderArn: `arn:aws:iam::${A}:oidc-provider/none.example.com`,
          Tags: [{ Key: 'a', Value: '1' }],
        },
        'NoSuchEntity',
      ),
    ).toBe(`OpenIDConnect Provider not found for arn arn:aws:iam::${A}:oidc-provider/none.example.com`);
    expect(
      f.s.fails(
        'iam:ListSAMLProviderTags',
        { SAMLProviderArn: `arn:aws:iam::${A}:saml-provider/None` },
        'NoSuchEntity',
      ),
    ).toBe(`Manifest not found for arn arn:aws:iam::${A}:saml-provider/None`);
    f.s.fails(
      'iam:UntagSAMLProvider',
      { SAMLProviderArn: `arn:aws:iam::${A}:saml-provider/None`, TagKeys: ['owner'] },
      'NoSuchEntity',
    );
  });

  it('keys that differ only in case are InvalidInput, and more than 50 tags is LimitExceeded', () => {
    const f = withProviders();
    f.s.fails(
      'iam:TagSAMLProvider',
      {
        SAMLProviderArn: f.saml,
        Tags: [
          { Key: 'env', Value: '1' },
          { Key: 'ENV', Value: '2' },
        ],
      },
      'InvalidInput',
    );
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    f.s.fails('iam:TagOpenIDConnectProvider', { OpenIDConnectProviderArn: f.oidc, Tags: fifty }, 'LimitExceeded');
  });
});

describe('authorization of the provider tag operations', () => {
  /** A user allowed the tag actions only on the OIDC provider, and only for the `team` tag key. */
  function withTagger() {
    const f = withProviders();
    f.s.ok('iam:CreateUser', { UserName: 'tagger' });
    f.s.ok('iam:PutUserPolicy', {
      UserName: 'tagger',
      PolicyName: 'TeamTagsOnTheOidcProvider',
      PolicyDocument: doc(
        {
          Effect: 'Allow',
          Action: 'iam:TagOpenIDConnectProvider',
          Resource: f.oidc,
          Condition: {
            StringEquals: { 'aws:RequestTag/team': ['web', 'data'] },
            'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] },
          },
        },
        {
          Effect: 'Allow',
          Action: 'iam:UntagOpenIDConnectProvider',
          Resource: f.oidc,
          Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } },
        },
        { Effect: 'Allow', Action: 'iam:ListOpenIDConnectProviderTags', Resource: f.oidc },
      ),
    });
    return f;
  }

  it('TagOpenIDConnectProvider is checked against aws:RequestTag and aws:TagKeys of the request', () => {
    const f = withTagger();
    f.s.ok(
      'iam:TagOpenIDConnectProvider',
      { OpenIDConnectProviderArn: f.oidc, Tags: [{ Key: 'team', Value: 'web' }] },
      asUser('tagger'),
    );
    f.s.fails(
      'iam:TagOpenIDConnectProvider',
      { OpenIDConnectProviderArn: f.oidc, Tags: [{ Key: 'team', Value: 'finance' }] },
      'AccessDenied',
      asUser('tagger'),
    );
    f.s.fails(
      'iam:TagOpenIDConnectProvider',
      {
        OpenIDConnectProviderArn: f.oidc,
        Tags: [
          { Key: 'team', Value: 'web' },
          { Key: 'owner', Value: 'me' },
        ],
      },
      'AccessDenied',
      asUser('tagger'),
    );
  });

  it('UntagOpenIDConnectProvider is checked against aws:TagKeys', () => {
    const f = withTagger();
    f.s.ok('iam:UntagOpenIDConnectProvider', { OpenIDConnectProviderArn: f.oidc, TagKeys: ['team'] }, asUser('tagger'));
    f.s.fails(
      'iam:UntagOpenIDConnectProvider',
      { OpenIDConnectProviderArn: f.oidc, TagKeys: ['owner'] },
      'AccessDenied',
      asUser('tagger'),
    );
  });

  it('the request is on the provider ARN: a policy for one provider does not reach the other', () => {
    const f = withTagger();
    expect(
      f.s.ok('iam:ListOpenIDConnectProviderTags', { OpenIDConnectProviderArn: f.oidc }, asUser('tagger')).Tags,
    ).toEqual([{ Key: 'owner', Value: 'it' }]);
    const denied = f.s.fails('iam:ListSAMLProviderTags', { SAMLProviderArn: f.saml }, 'AccessDenied', asUser('tagger'));
    expect(denied).toContain(`iam:ListSAMLProviderTags on resource: ${f.saml}`);
  });
});
