// Response shapes in AWS's field names (the SDK's JSON form of the IAM and STS XML responses).

import type { Group, ManagedPolicy, Role, Tag, User } from '../model';

/** PermissionsBoundary as GetUser and GetRole return it. */
export interface AttachedPermissionsBoundary {
  PermissionsBoundaryType: 'PermissionsBoundaryPolicy';
  PermissionsBoundaryArn: string;
}

const boundary = (arn: string | null): { PermissionsBoundary?: AttachedPermissionsBoundary } =>
  arn
    ? { PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn } }
    : {};
const tagged = (tags: Tag[]): { Tags?: Tag[] } => (tags.length ? { Tags: tags } : {});

/** The User structure. */
export interface UserShape {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: string;
  PasswordLastUsed?: string;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: Tag[];
}

/** A model user as AWS's User structure. */
export const userShape = (u: User): UserShape => ({
  Path: u.path,
  UserName: u.name,
  UserId: u.id,
  Arn: u.arn,
  CreateDate: u.createdAt,
  ...(u.passwordLastUsed ? { PasswordLastUsed: u.passwordLastUsed } : {}),
  ...boundary(u.permissionsBoundary),
  ...tagged(u.tags),
});

/** The Group structure. */
export interface GroupShape {
  Path: string;
  GroupName: string;
  GroupId: string;
  Arn: string;
  CreateDate: string;
}

/** A model group as AWS's Group structure. */
export const groupShape = (g: Group): GroupShape => ({
  Path: g.path,
  GroupName: g.name,
  GroupId: g.id,
  Arn: g.arn,
  CreateDate: g.createdAt,
});

/** The Role structure (the trust policy URL-encoded, as IAM returns it). */
export interface RoleShape {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: Tag[];
  RoleLastUsed?: { LastUsedDate?: string; Region?: string };
}

/** A model role as AWS's Role structure. */
export const roleShape = (r: Role): RoleShape => ({
  Path: r.path,
  RoleName: r.name,
  RoleId: r.id,
  Arn: r.arn,
  CreateDate: r.createdAt,
  AssumeRolePolicyDocument: encodeURIComponent(r.assumeRolePolicyDocument),
  ...(r.description ? { Description: r.description } : {}),
  MaxSessionDuration: r.maxSessionDuration,
  ...boundary(r.permissionsBoundary),
  ...tagged(r.tags),
  ...(r.lastUsed ? { RoleLastUsed: { LastUsedDate: r.lastUsed.date, Region: r.lastUsed.region } } : {}),
});

/** The Policy structure of a managed policy. */
export interface PolicyShape {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: string;
  UpdateDate: string;
  Tags?: Tag[];
}

/** A customer managed policy as AWS's Policy structure, with its attachment counts. */
export const policyShape = (p: ManagedPolicy, attachments: number, boundaryUses: number): PolicyShape => ({
  PolicyName: p.name,
  PolicyId: p.id,
  Arn: p.arn,
  Path: p.path,
  DefaultVersionId: p.defaultVersionId,
  AttachmentCount: attachments,
  PermissionsBoundaryUsageCount: boundaryUses,
  IsAttachable: true,
  ...(p.description ? { Description: p.description } : {}),
  CreateDate: p.createdAt,
  UpdateDate: p.updatedAt,
  ...tagged(p.tags),
});
