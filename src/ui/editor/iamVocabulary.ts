// The fixed vocabulary of the IAM policy language that the catalogue does not carry: policy elements,
// condition operators, AWS global condition keys and policy variables (facts from the IAM User Guide's
// "IAM JSON policy elements reference" and "AWS global condition context keys").
import type { ConditionKeyInfo } from './catalog';

/** Top-level policy elements. */
export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** Statement elements. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

/** Values of Version that AWS accepts; 2012-10-17 is current and the only one with policy variables. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

/** Principal element types. */
export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** A base condition operator with what it compares and a one-line explanation. */
export interface OperatorInfo {
  name: string;
  family: 'String' | 'Numeric' | 'Date' | 'Boolean' | 'Binary' | 'IP address' | 'ARN' | 'Null';
  doc: string;
}

const op = (name: string, family: OperatorInfo['family'], doc: string): OperatorInfo => ({ name, family, doc });

/** The base condition operators. */
export const CONDITION_OPERATORS: readonly OperatorInfo[] = [
  op('StringEquals', 'String', 'Exact match, case-sensitive.'),
  op('StringNotEquals', 'String', 'Negated exact match, case-sensitive.'),
  op('StringEqualsIgnoreCase', 'String', 'Exact match, ignoring case.'),
  op('StringNotEqualsIgnoreCase', 'String', 'Negated exact match, ignoring case.'),
  op('StringLike', 'String', 'Case-sensitive match with `*` (any characters) and `?` (one character) wildcards.'),
  op('StringNotLike', 'String', 'Negated case-sensitive match with `*` and `?` wildcards.'),
  op('NumericEquals', 'Numeric', 'The number equals the value.'),
  op('NumericNotEquals', 'Numeric', 'The number differs from the value.'),
  op('NumericLessThan', 'Numeric', 'The number is less than the value.'),
  op('NumericLessThanEquals', 'Numeric', 'The number is less than or equal to the value.'),
  op('NumericGreaterThan', 'Numeric', 'The number is greater than the value.'),
  op('NumericGreaterThanEquals', 'Numeric', 'The number is greater than or equal to the value.'),
  op('DateEquals', 'Date', 'The date equals the value (ISO 8601 or epoch seconds).'),
  op('DateNotEquals', 'Date', 'The date differs from the value.'),
  op('DateLessThan', 'Date', 'The date is before the value.'),
  op('DateLessThanEquals', 'Date', 'The date is at or before the value.'),
  op('DateGreaterThan', 'Date', 'The date is after the value.'),
  op('DateGreaterThanEquals', 'Date', 'The date is at or after the value.'),
  op('Bool', 'Boolean', 'The key is `true` or `false` as given.'),
  op('BinaryEquals', 'Binary', 'Byte-for-byte match of a base64-encoded value.'),
  op('IpAddress', 'IP address', 'The address is in one of the IPv4 or IPv6 CIDR ranges.'),
  op('NotIpAddress', 'IP address', 'The address is in none of the CIDR ranges.'),
  op('ArnEquals', 'ARN', 'ARN match segment by segment, with `*` and `?` wildcards.'),
  op('ArnLike', 'ARN', 'ARN match segment by segment, with `*` and `?` wildcards.'),
  op('ArnNotEquals', 'ARN', 'Negated ARN match.'),
  op('ArnNotLike', 'ARN', 'Negated ARN match.'),
  op('Null', 'Null', '`true`: the key is absent from the request; `false`: it is present.'),
];

/** Every operator spelling AWS accepts: each base operator, its IfExists form (not for Null), and set qualifiers. */
export function allOperatorSpellings(): { spelling: string; base: OperatorInfo }[] {
  const plain = CONDITION_OPERATORS.flatMap((base) =>
    base.name === 'Null'
      ? [{ spelling: base.name, base }]
      : [
          { spelling: base.name, base },
          { spelling: `${base.name}IfExists`, base },
        ],
  );
  const qualified = ['ForAnyValue', 'ForAllValues'].flatMap((q) =>
    plain.filter((p) => p.base.name !== 'Null').map((p) => ({ spelling: `${q}:${p.spelling}`, base: p.base })),
  );
  return [...plain, ...qualified];
}

/** Finds the base operator behind a spelling like `ForAnyValue:StringLikeIfExists` (case-sensitive, as AWS). */
export function operatorInfo(spelling: string): OperatorInfo | undefined {
  return allOperatorSpellings().find((s) => s.spelling === spelling)?.base;
}

const key = (name: string, type: string, description: string): ConditionKeyInfo => ({ key: name, type, description });

/** AWS global condition keys: available for every service where the request carries them. */
export const GLOBAL_CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  key('aws:PrincipalArn', 'ARN', 'ARN of the principal that made the request (for a role session, the role ARN).'),
  key('aws:PrincipalAccount', 'String', 'Account ID of the principal that made the request.'),
  key('aws:PrincipalOrgID', 'String', "ID of the organization the principal's account belongs to."),
  key('aws:PrincipalOrgPaths', 'ArrayOfString', "Organizations path of the principal's account (o-id/r-id/ou-id/...)."),
  key('aws:PrincipalTag/${TagKey}', 'String', 'A tag attached to the principal (user or role, and session tags).'),
  key('aws:PrincipalIsAWSService', 'Bool', 'Whether the request is made by an AWS service principal.'),
  key('aws:PrincipalServiceName', 'String', 'Service principal name when an AWS service makes the request.'),
  key('aws:PrincipalServiceNamesList', 'ArrayOfString', 'All service principal names of the calling service.'),
  key('aws:PrincipalType', 'String', 'Type of principal: Account, User, FederatedUser, AssumedRole or Anonymous.'),
  key('aws:userid', 'String', 'Unique ID of the principal (for a role session, role-id:session-name).'),
  key('aws:username', 'String', 'Friendly name of an IAM user; absent for other principals.'),
  key('aws:FederatedProvider', 'String', 'Identity provider that issued the web identity or SAML session.'),
  key('aws:TokenIssueTime', 'Date', 'When the temporary security credentials were issued.'),
  key('aws:MultiFactorAuthAge', 'Numeric', 'Seconds since the principal authenticated with MFA.'),
  key(
    'aws:MultiFactorAuthPresent',
    'Bool',
    'Whether the credentials were obtained with MFA; absent for long-term access keys.',
  ),
  key('aws:SourceIdentity', 'String', 'Source identity set when the role session was created.'),
  key('aws:Ec2InstanceSourceVpc', 'String', 'VPC that delivered the EC2 instance role credentials.'),
  key(
    'aws:Ec2InstanceSourcePrivateIPv4',
    'IPAddress',
    'Private IPv4 address of the EC2 instance that uses role credentials.',
  ),
  key('aws:SourceIp', 'IPAddress', 'Public IP address of the requester.'),
  key('aws:SourceVpc', 'String', 'VPC the request travelled through (via a VPC endpoint).'),
  key('aws:SourceVpcArn', 'ARN', 'ARN of the VPC the request travelled through.'),
  key('aws:SourceVpce', 'String', 'ID of the VPC endpoint the request travelled through.'),
  key('aws:VpcSourceIp', 'IPAddress', 'Private IP address of the requester inside a VPC.'),
  key('aws:ResourceAccount', 'String', 'Account ID of the resource owner.'),
  key('aws:ResourceOrgID', 'String', "Organization ID of the resource owner's account."),
  key('aws:ResourceOrgPaths', 'ArrayOfString', "Organizations path of the resource owner's account."),
  key('aws:ResourceTag/${TagKey}', 'String', 'A tag attached to the resource.'),
  key('aws:CalledVia', 'ArrayOfString', "Services that made the request on the principal's behalf, in order."),
  key('aws:CalledViaFirst', 'String', 'The first service in aws:CalledVia.'),
  key('aws:CalledViaLast', 'String', 'The last service in aws:CalledVia.'),
  key('aws:ViaAWSService', 'Bool', "Whether an AWS service made the request with the principal's credentials."),
  key('aws:CurrentTime', 'Date', 'Date and time of the request.'),
  key('aws:EpochTime', 'Date', 'Date and time of the request in epoch seconds.'),
  key('aws:referer', 'String', 'HTTP Referer header of the request (client-supplied).'),
  key('aws:RequestedRegion', 'String', 'AWS Region the request is made to.'),
  key('aws:RequestTag/${TagKey}', 'String', 'A tag key-value pair passed in the request.'),
  key('aws:TagKeys', 'ArrayOfString', 'Tag keys passed in the request.'),
  key('aws:SecureTransport', 'Bool', 'Whether the request was sent over TLS.'),
  key('aws:SourceAccount', 'String', 'Account of the resource for which a service makes a service-to-service request.'),
  key('aws:SourceArn', 'ARN', 'ARN of the resource for which a service makes a service-to-service request.'),
  key('aws:SourceOrgID', 'String', "Organization ID of the source resource's account."),
  key('aws:SourceOrgPaths', 'ArrayOfString', "Organizations path of the source resource's account."),
  key('aws:UserAgent', 'String', 'Client application of the requester (client-supplied).'),
];

/** Special characters usable as policy variables where a literal `*`, `?` or `$` is meant. */
export const SPECIAL_VARIABLES = ['*', '?', '$'] as const;

/** Global keys that can be policy variables: the single-valued ones (multi-valued keys cannot be). */
export function variableKeys(): ConditionKeyInfo[] {
  return GLOBAL_CONDITION_KEYS.filter((k) => !k.type.startsWith('ArrayOf'));
}
