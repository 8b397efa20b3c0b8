// The documents outside the core set are not there until loadAwsManagedPolicyDocuments() has finished
// (its own file: the loaded documents are module state, and this file starts without them).
import { describe, expect, it } from 'vitest';
import {
  AWS_MANAGED_POLICIES,
  awsManagedPolicyDocument,
  awsManagedPolicyDocumentsLoaded,
  loadAwsManagedPolicyDocuments,
} from '../../src/model';

const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';

describe('loading the AWS managed policy documents', () => {
  it('a document outside the core set is undefined until loaded, then every policy has one', async () => {
    expect(awsManagedPolicyDocumentsLoaded()).toBe(false);
    expect(awsManagedPolicyDocument(SQS_FULL)).toBeUndefined();
    const first = loadAwsManagedPolicyDocuments();
    // Idempotent: a second caller shares the first load.
    expect(loadAwsManagedPolicyDocuments()).toBe(first);
    await first;
    expect(awsManagedPolicyDocumentsLoaded()).toBe(true);
    expect(JSON.parse(awsManagedPolicyDocument(SQS_FULL)!).Statement[0].Action).toEqual(
      expect.arrayContaining(['sqs:*']),
    );
    for (const p of AWS_MANAGED_POLICIES)
      expect(JSON.parse(awsManagedPolicyDocument(p.arn)!), p.name).toHaveProperty('Statement');
  });
});
