// Instance profiles (one role each, for EC2) and federation identity providers (SAML 2.0 and OpenID Connect).

import type { InstanceProfile, Tag } from '../model';
import { INLINE_POLICY_NAME, newInstanceProfile, oidcProviderArn, pathArn, samlProviderArn } from '../model';
import { ApiError, deleteConflict, limitExceeded } from './errors';
import { getOidcProvider, getRole, getSamlProvider } from './lookup';
import type { Call } from './operation';
import { iamArn, operation } from './operation';
import { QUOTAS } from './quotas';
import type { RoleShape } from './shapes';
import { roleShape } from './shapes';
import { checkLength, checkPath, checkPattern, checkUniqueName, mergeTags } from './validate';

/** The InstanceProfile structure. */
export interface InstanceProfileShape {
  Path: string;
  InstanceProfileName: string;
  InstanceProfileId: string;
  Arn: string;
  CreateDate: string;
  Roles: RoleShape[];
  Tags?: Tag[];
}

function profileShape(call: Call<unknown>, p: InstanceProfile): InstanceProfileShape {
  return {
    Path: p.path,
    InstanceProfileName: p.name,
    InstanceProfileId: p.id,
    Arn: p.arn,
    CreateDate: p.createdAt,
    Roles: p.roles.map((r) => roleShape(getRole(call.account, r))),
    ...(p.tags.length ? { Tags: p.tags } : {}),
  };
}

function getProfile(call: Call<{ InstanceProfileName: string }>): InstanceProfile {
  const p = call.account.instanceProfiles.find((x) => x.name === call.params.InstanceProfileName);
  if (!p) throw new ApiError('NoSuchEntity', `Instance Profile ${call.params.InstanceProfileName} cannot be found.`);
  return p;
}
const profileArn = (call: Call<{ InstanceProfileName: string }>) =>
  call.account.instanceProfiles.find((x) => x.name === call.params.InstanceProfileName)?.arn ??
  iamArn(call, `instance-profile/${call.params.InstanceProfileName}`);

const findOidc = (call: Call<{ OpenIDConnectProviderArn: string }>) =>
  getOidcProvider(call.account, call.params.OpenIDConnectProviderArn);
/** IAM's limits on an OIDC provider's client IDs (audiences): 1–255 characters each, at most 100. */
const MAX_CLIENT_IDS = 100;
const checkClientId = (id: string, field: string) => checkLength(id, field, 1, 255);

const findSaml = (call: Call<{ SAMLProviderArn: string }>) =>
  getSamlProvider(call.account, call.params.SAMLProviderArn);

/** Instance profile and identity provider operations. */
export const iamInstanceProfileAndProviderOperations = {
  CreateInstanceProfile: operation<
    { InstanceProfileName: string; Path?: string; Tags?: Tag[] },
    { InstanceProfile: InstanceProfileShape }
  >({
    action: 'iam:CreateInstanceProfile',
    resource: (call) =>
      pathArn(call.account.id, 'instance-profile', call.params.Path ?? '/', call.params.InstanceProfileName),
    validate: ({ params: p }) => {
      checkPattern(p.InstanceProfileName, 'instanceProfileName', INLINE_POLICY_NAME);
      checkPath(p.Path);
    },
    run(call) {
      checkUniqueName(
        call.account.instanceProfiles.map((p) => p.name),
        call.params.InstanceProfileName,
        'Instance Profile',
      );
      if (call.account.instanceProfiles.length >= QUOTAS.InstanceProfiles)
        throw limitExceeded('InstanceProfiles', QUOTAS.InstanceProfiles);
      const profile = {
        ...newInstanceProfile(
          call.ctx.env,
          call.account.id,
          call.params.InstanceProfileName,
          checkPath(call.params.Path),
        ),
        createdAt: call.now,
        tags: mergeTags([], call.params.Tags),
      };
      call.account.instanceProfiles.push(profile);
      return { InstanceProfile: profileShape(call, profile) };
    },
  }),
  GetInstanceProfile: operation<{ InstanceProfileName: string }, { InstanceProfile: InstanceProfileShape }>({
    action: 'iam:GetInstanceProfile',
    resource: profileArn,
    run: (call) => ({ InstanceProfile: profileShape(call, getProfile(call)) }),
  }),
  DeleteInstanceProfile: operation<{ InstanceProfileName: string }, object>({
    action: 'iam:DeleteInstanceProfile',
    resource: profileArn,
    run(call) {
      const profile = getProfile(call);
      if (profile.roles.length) throw deleteConflict('remove roles from instance profile');
      call.account.instanceProfiles = call.account.instanceProfiles.filter((p) => p !== profile);
      return {};
    },
  }),
  AddRoleToInstanceProfile: operation<{ InstanceProfileName: string; RoleName: string }, object>({
    action: 'iam:AddRoleToInstanceProfile',
    resource: profileArn,
    run(call) {
      const profile = getProfile(call);
      const role = getRole(call.account, call.params.RoleName);
      if (profile.roles.length >= QUOTAS.RolesPerInstanceProfile)
        throw limitExceeded('InstanceSessionsPerInstanceProfile', QUOTAS.RolesPerInstanceProfile);
      profile.roles = [role.name];
      return {};
    },
  }),
  RemoveRoleFromInstanceProfile: operation<{ InstanceProfileName: string; RoleName: string }, object>({
    action: 'iam:RemoveRoleFromInstanceProfile',
    resource: profileArn,
    run(call) {
      const profile = getProfile(call);
      if (!profile.roles.includes(call.params.RoleName))
        throw new ApiError(
          'NoSuchEntity',
          `The role with name ${call.params.RoleName} cannot be found in instance profile ${profile.name}.`,
        );
      profile.roles = profile.roles.filter((r) => r !== call.params.RoleName);
      return {};
    },
  }),
  ListInstanceProfiles: operation<
    { PathPrefix?: string },
    { InstanceProfiles: InstanceProfileShape[]; IsTruncated: false }
  >({
    action: 'iam:ListInstanceProfiles',
    resource: (call) => iamArn(call, `instance-profile${call.params.PathPrefix ?? '/'}`),
    run: (call) => ({
      InstanceProfiles: call.account.instanceProfiles
        .filter((p) => p.path.startsWith(call.params.PathPrefix ?? '/'))
        .map((p) => profileShape(call, p)),
      IsTruncated: false,
    }),
  }),
  ListInstanceProfilesForRole: operation<
    { RoleName: string },
    { InstanceProfiles: InstanceProfileShape[]; IsTruncated: false }
  >({
    action: 'iam:ListInstanceProfilesForRole',
    resource: (call) =>
      call.account.roles.find((r) => r.name === call.params.RoleName)?.arn ??
      iamArn(call, `role/${call.params.RoleName}`),
    run(call) {
      getRole(call.account, call.params.RoleName);
      return {
        InstanceProfiles: call.account.instanceProfiles
          .filter((p) => p.roles.includes(call.params.RoleName))
          .map((p) => profileShape(call, p)),
        IsTruncated: false,
      };
    },
  }),
  CreateSAMLProvider: operation<
    { Name: string; SAMLMetadataDocument: string; Tags?: Tag[] },
    { SAMLProviderArn: string }
  >({
    action: 'iam:CreateSAMLProvider',
    resource: (call) => samlProviderArn(call.account.id, call.params.Name),
    validate: ({ params: p }) => {
      checkPattern(p.Name, 'name', /^[\w._-]{1,128}$/);
      checkLength(p.SAMLMetadataDocument, 'sAMLMetadataDocument', 1000, 10_000_000);
    },
    run(call) {
      const arn = samlProviderArn(call.account.id, call.params.Name);
      if (call.account.samlProviders.some((p) => p.arn === arn))
        throw new ApiError('EntityAlreadyExists', `SAMLProvider ${call.params.Name} already exists.`);
      if (call.account.samlProviders.length >= QUOTAS.SAMLProviders)
        throw limitExceeded('SAMLProviders', QUOTAS.SAMLProviders);
      call.account.samlProviders.push({
        name: call.params.Name,
        arn,
        metadataDocument: call.params.SAMLMetadataDocument,
        createdAt: call.now,
        tags: mergeTags([], call.params.Tags),
      });
      return { SAMLProviderArn: arn };
    },
  }),
  GetSAMLProvider: operation<
    { SAMLProviderArn: string },
    { SAMLMetadataDocument: string; CreateDate: string; Tags?: Tag[] }
  >({
    action: 'iam:GetSAMLProvider',
    resource: (call) => call.params.SAMLProviderArn,
    run(call) {
      const p = findSaml(call);
      return {
        SAMLMetadataDocument: p.metadataDocument,
        CreateDate: p.createdAt,
        ...(p.tags.length ? { Tags: p.tags } : {}),
      };
    },
  }),
  DeleteSAMLProvider: operation<{ SAMLProviderArn: string }, object>({
    action: 'iam:DeleteSAMLProvider',
    resource: (call) => call.params.SAMLProviderArn,
    run(call) {
      const p = findSaml(call);
      call.account.samlProviders = call.account.samlProviders.filter((x) => x !== p);
      return {};
    },
  }),
  ListSAMLProviders: operation<Record<string, never>, { SAMLProviderList: { Arn: string; CreateDate: string }[] }>({
    action: 'iam:ListSAMLProviders',
    run: (call) => ({
      SAMLProviderList: call.account.samlProviders.map((p) => ({ Arn: p.arn, CreateDate: p.createdAt })),
    }),
  }),
  CreateOpenIDConnectProvider: operation<
    { Url: string; ClientIDList?: string[]; ThumbprintList?: string[]; Tags?: Tag[] },
    { OpenIDConnectProviderArn: string }
  >({
    action: 'iam:CreateOpenIDConnectProvider',
    resource: (call) => oidcProviderArn(call.account.id, call.params.Url),
    validate: ({ params: p }) => {
      checkPattern(p.Url, 'url', /^https:\/\/[^\s?#]{1,247}$/);
      for (const t of p.ThumbprintList ?? []) checkPattern(t, 'thumbprintList.member', /^[0-9a-fA-F]{40}$/);
      if ((p.ThumbprintList?.length ?? 0) > 5) throw limitExceeded('ThumbprintsPerOpenIdConnectProvider', 5);
      for (const id of p.ClientIDList ?? []) checkClientId(id, 'clientIDList.member');
      if ((p.ClientIDList?.length ?? 0) > MAX_CLIENT_IDS)
        throw limitExceeded('ClientIdsPerOpenIdConnectProvider', MAX_CLIENT_IDS);
    },
    run(call) {
      const arn = oidcProviderArn(call.account.id, call.params.Url);
      if (call.account.oidcProviders.some((p) => p.arn === arn))
        throw new ApiError('EntityAlreadyExists', `Provider with url ${call.params.Url} already exists.`);
      if (call.account.oidcProviders.length >= QUOTAS.OpenIdConnectProviders)
        throw limitExceeded('OpenIdConnectProviders', QUOTAS.OpenIdConnectProviders);
      call.account.oidcProviders.push({
        url: call.params.Url,
        arn,
        clientIds: call.params.ClientIDList ?? [],
        thumbprints: call.params.ThumbprintList ?? [],
        createdAt: call.now,
        tags: mergeTags([], call.params.Tags),
      });
      return { OpenIDConnectProviderArn: arn };
    },
  }),
  GetOpenIDConnectProvider: operation<
    { OpenIDConnectProviderArn: string },
    { Url: string; ClientIDList: string[]; ThumbprintList: string[]; CreateDate: string; Tags?: Tag[] }
  >({
    action: 'iam:GetOpenIDConnectProvider',
    resource: (call) => call.params.OpenIDConnectProviderArn,
    run(call) {
      const p = findOidc(call);
      return {
        Url: p.url.replace(/^https:\/\//, ''),
        ClientIDList: p.clientIds,
        ThumbprintList: p.thumbprints,
        CreateDate: p.createdAt,
        ...(p.tags.length ? { Tags: p.tags } : {}),
      };
    },
  }),
  DeleteOpenIDConnectProvider: operation<{ OpenIDConnectProviderArn: string }, object>({
    action: 'iam:DeleteOpenIDConnectProvider',
    resource: (call) => call.params.OpenIDConnectProviderArn,
    run(call) {
      const p = findOidc(call);
      call.account.oidcProviders = call.account.oidcProviders.filter((x) => x !== p);
      return {};
    },
  }),
  AddClientIDToOpenIDConnectProvider: operation<{ OpenIDConnectProviderArn: string; ClientID: string }, object>({
    action: 'iam:AddClientIDToOpenIDConnectProvider',
    resource: (call) => call.params.OpenIDConnectProviderArn,
    validate: ({ params: p }) => void checkClientId(p.ClientID, 'clientID'),
    run(call) {
      const p = findOidc(call);
      // Adding a client ID the provider already has is not an error: the list is left as it is.
      if (p.clientIds.includes(call.params.ClientID)) return {};
      if (p.clientIds.length >= MAX_CLIENT_IDS)
        throw limitExceeded('ClientIdsPerOpenIdConnectProvider', MAX_CLIENT_IDS);
      p.clientIds = [...p.clientIds, call.params.ClientID];
      return {};
    },
  }),
  RemoveClientIDFromOpenIDConnectProvider: operation<{ OpenIDConnectProviderArn: string; ClientID: string }, object>({
    action: 'iam:RemoveClientIDFromOpenIDConnectProvider',
    resource: (call) => call.params.OpenIDConnectProviderArn,
    validate: ({ params: p }) => void checkClientId(p.ClientID, 'clientID'),
    run(call) {
      // Removing a client ID the provider does not have succeeds without changing anything.
      const p = findOidc(call);
      p.clientIds = p.clientIds.filter((id) => id !== call.params.ClientID);
      return {};
    },
  }),
  ListOpenIDConnectProviders: operation<Record<string, never>, { OpenIDConnectProviderList: { Arn: string }[] }>({
    action: 'iam:ListOpenIDConnectProviders',
    run: (call) => ({ OpenIDConnectProviderList: call.account.oidcProviders.map((p) => ({ Arn: p.arn })) }),
  }),
};
