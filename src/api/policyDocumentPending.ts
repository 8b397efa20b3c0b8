// The signal that an AWS managed policy's document is not loaded yet (only the User Guide's core set is
// bundled; the rest is one lazily loaded chunk). Like AuthorizationPending, the API rethrows it instead of
// reporting a ServiceFailure: the caller loads the documents and runs the call again.

import { loadAwsManagedPolicyDocuments } from '../model';

/** Thrown when the API needs the document of an AWS managed policy that is not loaded yet. */
export class PolicyDocumentPending extends Error {
  constructor(readonly policyArn: string) {
    super(`the document of ${policyArn} is not loaded yet`);
    this.name = 'PolicyDocumentPending';
  }
}

/** `fn()`, run again once the AWS managed policy documents are loaded if it needed one of them. */
export async function withPolicyDocuments<T>(fn: () => T): Promise<T> {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PolicyDocumentPending)) throw e;
    await loadAwsManagedPolicyDocuments();
    return fn();
  }
}
