// Resources of other services, enough to run the User Guide's scenarios: create them, set and read their
// resource-based policies, tag them, and launch EC2 instances with a role (which needs iam:PassRole).

import type { Resource, ResourceType, Tag } from '../model';
import { isoSeconds, randomString } from '../model';
import { requestTagContext } from './context';
import { ApiError } from './errors';
import { getRole } from './lookup';
import type { Call } from './operation';
import { operation } from './operation';
import { checkPolicyDocument } from './policyDocuments';
import { mergeTags } from './validate';

const HEX = '0123456789abcdef';

/** Adds a resource owned by the caller's account, refusing a duplicate ARN with the service's error. */
function addResource(
  call: Call<unknown>,
  type: ResourceType,
  arn: string,
  policy: string | null,
  tags: Tag[],
  exists: ApiError,
): Resource {
  if (call.scenario.resources.some((r) => r.arn === arn)) throw exists;
  if (policy !== null) checkResourcePolicy(call, policy);
  const resource: Resource = {
    arn,
    type,
    accountId: call.account.id,
    region: type.startsWith('s3:') ? '' : call.scenario.settings.region,
    policy,
    tags,
  };
  call.scenario.resources.push(resource);
  return resource;
}

/** Resource policies use the resource-policy grammar; services report a malformed one as MalformedPolicy. */
function checkResourcePolicy(call: Call<unknown>, text: string): void {
  try {
    checkPolicyDocument(call.ctx, text, 'resource');
  } catch (e) {
    throw new ApiError('MalformedPolicy', (e as Error).message);
  }
}

function findResource(call: Call<unknown>, arn: string, missing: ApiError): Resource {
  const r = call.scenario.resources.find((x) => x.arn === arn);
  if (!r) throw missing;
  return r;
}

const regional = (call: Call<unknown>, service: string, rest: string) =>
  `arn:aws:${service}:${call.scenario.settings.region}:${call.account.id}:${rest}`;
const bucketArn = (p: { Bucket: string }) => `arn:aws:s3:::${p.Bucket}`;
const noSuchBucket = (bucket: string) => new ApiError('NoSuchBucket', `The specified bucket does not exist: ${bucket}`);

/** The policy every new KMS key gets unless one is given: the account may manage it through IAM policies. */
const defaultKeyPolicy = (accountId: string) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );

/**
 * One "set the resource policy" operation: the service's action, where its parameters name the ARN and the
 * policy, and the service's error for a resource that does not exist (reported before authorization).
 */
function putPolicy<P>(
  action: string,
  arnOf: (call: Call<P>) => string,
  policyOf: (p: P) => string,
  missingCode: string,
) {
  const missing = (call: Call<P>) => new ApiError(missingCode, `${arnOf(call)} does not exist.`);
  return operation<P, object>({
    action,
    resource: arnOf,
    validate: (call) => void findResource(call, arnOf(call), missing(call)),
    run(call) {
      const resource = findResource(call, arnOf(call), missing(call));
      checkResourcePolicy(call, policyOf(call.params));
      resource.policy = policyOf(call.params);
      return {};
    },
  });
}

/** Operations on S3, SQS, SNS, KMS, Secrets Manager, DynamoDB and EC2 resources. */
export const resourceOperations = {
  's3:CreateBucket': operation<{ Bucket: string }, { Location: string }>({
    action: 's3:CreateBucket',
    resource: (call) => bucketArn(call.params),
    validate: (call) => {
      if (!/^(?!xn--)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(call.params.Bucket))
        throw new ApiError('InvalidBucketName', 'The specified bucket is not valid.');
      // S3 reports a taken name before it checks permissions on the (other owner's) bucket.
      const existing = call.scenario.resources.find((r) => r.arn === bucketArn(call.params));
      if (existing)
        throw existing.accountId === call.account.id
          ? new ApiError(
              'BucketAlreadyOwnedByYou',
              'Your previous request to create the named bucket succeeded and you already own it.',
            )
          : new ApiError(
              'BucketAlreadyExists',
              'The requested bucket name is not available. The bucket namespace is shared by all users of the system.',
            );
    },
    run(call) {
      addResource(call, 's3:bucket', bucketArn(call.params), null, [], noSuchBucket(call.params.Bucket));
      return { Location: `/${call.params.Bucket}` };
    },
  }),
  's3:PutObject': operation<{ Bucket: string; Key: string }, { ETag: string }>({
    action: 's3:PutObject',
    resource: (call) => `${bucketArn(call.params)}/${call.params.Key}`,
    run(call) {
      const bucket = findResource(call, bucketArn(call.params), noSuchBucket(call.params.Bucket));
      const arn = `${bucket.arn}/${call.params.Key}`;
      if (!call.scenario.resources.some((r) => r.arn === arn))
        call.scenario.resources.push({
          arn,
          type: 's3:object',
          accountId: bucket.accountId,
          region: '',
          policy: null,
          tags: [],
        });
      return { ETag: `"${randomString(call.ctx.env, HEX, 32)}"` };
    },
  }),
  's3:DeleteBucket': operation<{ Bucket: string }, object>({
    action: 's3:DeleteBucket',
    resource: (call) => bucketArn(call.params),
    run(call) {
      const bucket = findResource(call, bucketArn(call.params), noSuchBucket(call.params.Bucket));
      if (call.scenario.resources.some((r) => r.arn.startsWith(`${bucket.arn}/`)))
        throw new ApiError('BucketNotEmpty', 'The bucket you tried to delete is not empty.');
      call.scenario.resources = call.scenario.resources.filter((r) => r !== bucket);
      return {};
    },
  }),
  's3:PutBucketPolicy': putPolicy<{ Bucket: string; Policy: string }>(
    's3:PutBucketPolicy',
    (call) => bucketArn(call.params),
    (p) => p.Policy,
    'NoSuchBucket',
  ),
  's3:GetBucketPolicy': operation<{ Bucket: string }, { Policy: string }>({
    action: 's3:GetBucketPolicy',
    resource: (call) => bucketArn(call.params),
    run(call) {
      const bucket = findResource(call, bucketArn(call.params), noSuchBucket(call.params.Bucket));
      if (!bucket.policy) throw new ApiError('NoSuchBucketPolicy', 'The bucket policy does not exist');
      return { Policy: bucket.policy };
    },
  }),
  's3:DeleteBucketPolicy': operation<{ Bucket: string }, object>({
    action: 's3:DeleteBucketPolicy',
    resource: (call) => bucketArn(call.params),
    run(call) {
      findResource(call, bucketArn(call.params), noSuchBucket(call.params.Bucket)).policy = null;
      return {};
    },
  }),
  'sqs:CreateQueue': operation<{ QueueName: string; Attributes?: { Policy?: string } }, { QueueUrl: string }>({
    action: 'sqs:CreateQueue',
    resource: (call) => regional(call, 'sqs', call.params.QueueName),
    run(call) {
      addResource(
        call,
        'sqs:queue',
        regional(call, 'sqs', call.params.QueueName),
        call.params.Attributes?.Policy ?? null,
        [],
        new ApiError('QueueAlreadyExists', 'A queue already exists with the same name.'),
      );
      return {
        QueueUrl: `https://sqs.${call.scenario.settings.region}.amazonaws.com/${call.account.id}/${call.params.QueueName}`,
      };
    },
  }),
  'sqs:SetQueueAttributes': putPolicy<{ QueueUrl: string; Attributes: { Policy: string } }>(
    'sqs:SetQueueAttributes',
    (call) => {
      const [, , host, account, name] = call.params.QueueUrl.split('/');
      return `arn:aws:sqs:${host.split('.')[1]}:${account}:${name}`;
    },
    (p) => p.Attributes.Policy,
    'AWS.SimpleQueueService.NonExistentQueue',
  ),
  'sns:CreateTopic': operation<{ Name: string }, { TopicArn: string }>({
    action: 'sns:CreateTopic',
    resource: (call) => regional(call, 'sns', call.params.Name),
    run(call) {
      const arn = regional(call, 'sns', call.params.Name);
      // CreateTopic is idempotent in SNS: creating an existing topic returns its ARN.
      if (!call.scenario.resources.some((r) => r.arn === arn))
        addResource(call, 'sns:topic', arn, null, [], new ApiError('InvalidParameter', 'Topic exists.'));
      return { TopicArn: arn };
    },
  }),
  'sns:SetTopicAttributes': putPolicy<{ TopicArn: string; AttributeName: 'Policy'; AttributeValue: string }>(
    'sns:SetTopicAttributes',
    (call) => call.params.TopicArn,
    (p) => p.AttributeValue,
    'NotFound',
  ),
  'kms:CreateKey': operation<
    { Policy?: string; Description?: string },
    {
      KeyMetadata: {
        KeyId: string;
        Arn: string;
        AWSAccountId: string;
        CreationDate: string;
        Description: string;
        KeyState: 'Enabled';
      };
    }
  >({
    action: 'kms:CreateKey',
    run(call) {
      const r = () => randomString(call.ctx.env, HEX, 4);
      const keyId = `${r()}${r()}-${r()}-${r()}-${r()}-${r()}${r()}${r()}`;
      const arn = regional(call, 'kms', `key/${keyId}`);
      addResource(
        call,
        'kms:key',
        arn,
        call.params.Policy ?? defaultKeyPolicy(call.account.id),
        [],
        new ApiError('AlreadyExistsException', 'Key exists.'),
      );
      return {
        KeyMetadata: {
          KeyId: keyId,
          Arn: arn,
          AWSAccountId: call.account.id,
          CreationDate: call.now,
          Description: call.params.Description ?? '',
          KeyState: 'Enabled',
        },
      };
    },
  }),
  'kms:PutKeyPolicy': putPolicy<{ KeyId: string; Policy: string; PolicyName?: 'default' }>(
    'kms:PutKeyPolicy',
    (call) =>
      call.params.KeyId.startsWith('arn:') ? call.params.KeyId : regional(call, 'kms', `key/${call.params.KeyId}`),
    (p) => p.Policy,
    'NotFoundException',
  ),
  'secretsmanager:CreateSecret': operation<{ Name: string; Tags?: Tag[] }, { ARN: string; Name: string }>({
    action: 'secretsmanager:CreateSecret',
    resource: (call) => regional(call, 'secretsmanager', `secret:${call.params.Name}-*`),
    run(call) {
      if (
        call.scenario.resources.some(
          (r) =>
            r.type === 'secretsmanager:secret' &&
            r.accountId === call.account.id &&
            r.arn.includes(`:secret:${call.params.Name}-`),
        )
      )
        throw new ApiError(
          'ResourceExistsException',
          `The operation failed because the secret ${call.params.Name} already exists.`,
        );
      // Secrets Manager appends six random characters to the name in the ARN.
      const arn = regional(
        call,
        'secretsmanager',
        `secret:${call.params.Name}-${randomString(call.ctx.env, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 6)}`,
      );
      addResource(
        call,
        'secretsmanager:secret',
        arn,
        null,
        mergeTags([], call.params.Tags),
        new ApiError('ResourceExistsException', 'The secret already exists.'),
      );
      return { ARN: arn, Name: call.params.Name };
    },
  }),
  'secretsmanager:PutResourcePolicy': putPolicy<{ SecretId: string; ResourcePolicy: string }>(
    'secretsmanager:PutResourcePolicy',
    (call) => call.params.SecretId,
    (p) => p.ResourcePolicy,
    'ResourceNotFoundException',
  ),
  'dynamodb:CreateTable': operation<
    { TableName: string; Tags?: Tag[] },
    { TableDescription: { TableName: string; TableArn: string; TableStatus: 'ACTIVE'; CreationDateTime: string } }
  >({
    action: 'dynamodb:CreateTable',
    resource: (call) => regional(call, 'dynamodb', `table/${call.params.TableName}`),
    run(call) {
      const arn = regional(call, 'dynamodb', `table/${call.params.TableName}`);
      addResource(
        call,
        'dynamodb:table',
        arn,
        null,
        mergeTags([], call.params.Tags),
        new ApiError('ResourceInUseException', `Table already exists: ${call.params.TableName}`),
      );
      return {
        TableDescription: {
          TableName: call.params.TableName,
          TableArn: arn,
          TableStatus: 'ACTIVE',
          CreationDateTime: call.now,
        },
      };
    },
  }),
  'dynamodb:PutResourcePolicy': putPolicy<{ ResourceArn: string; Policy: string }>(
    'dynamodb:PutResourcePolicy',
    (call) => call.params.ResourceArn,
    (p) => p.Policy,
    'ResourceNotFoundException',
  ),
  'ec2:RunInstances': operation<
    { IamInstanceProfile?: { Name: string }; TagSpecifications?: { ResourceType: 'instance'; Tags: Tag[] }[] },
    { Instances: { InstanceId: string; LaunchTime: string; IamInstanceProfile?: { Arn: string } }[] }
  >({
    action: 'ec2:RunInstances',
    resource: (call) => regional(call, 'ec2', 'instance/*'),
    context: (call) => requestTagContext(call.params.TagSpecifications?.flatMap((t) => t.Tags)),
    // Handing a role to EC2 through an instance profile needs iam:PassRole on that role.
    alsoAuthorize: (call) => {
      const name = call.params.IamInstanceProfile?.Name;
      if (!name) return [];
      const profile = call.account.instanceProfiles.find((p) => p.name === name);
      if (!profile)
        throw new ApiError(
          'InvalidParameterValue',
          `Value (${name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
        );
      return profile.roles.map((r) => ({
        action: 'iam:PassRole',
        resource: getRole(call.account, r).arn,
        requestContext: { 'iam:PassedToService': 'ec2.amazonaws.com' },
      }));
    },
    run(call) {
      const id = `i-${randomString(call.ctx.env, HEX, 17)}`;
      const tags = mergeTags(
        [],
        call.params.TagSpecifications?.flatMap((t) => t.Tags),
      );
      addResource(
        call,
        'ec2:instance',
        regional(call, 'ec2', `instance/${id}`),
        null,
        tags,
        new ApiError('InvalidInstanceID.Duplicate', id),
      );
      const profile =
        call.params.IamInstanceProfile &&
        call.account.instanceProfiles.find((p) => p.name === call.params.IamInstanceProfile!.Name);
      return {
        Instances: [
          {
            InstanceId: id,
            LaunchTime: isoSeconds(call.nowMs),
            ...(profile ? { IamInstanceProfile: { Arn: profile.arn } } : {}),
          },
        ],
      };
    },
  }),
  'tag:TagResources': operation<
    { ResourceARNList: string[]; Tags: Record<string, string> },
    { FailedResourcesMap: Record<string, { ErrorCode: string; ErrorMessage: string }> }
  >({
    action: 'tag:TagResources',
    context: (call) => requestTagContext(Object.entries(call.params.Tags).map(([Key, Value]) => ({ Key, Value }))),
    run(call) {
      const failed: Record<string, { ErrorCode: string; ErrorMessage: string }> = {};
      const added = Object.entries(call.params.Tags).map(([Key, Value]) => ({ Key, Value }));
      for (const arn of call.params.ResourceARNList) {
        const resource = call.scenario.resources.find((r) => r.arn === arn);
        if (!resource) failed[arn] = { ErrorCode: 'InvalidParameterException', ErrorMessage: `${arn} does not exist.` };
        else resource.tags = mergeTags(resource.tags, added);
      }
      return { FailedResourcesMap: failed };
    },
  }),
};
