// A React hook for the document of an AWS managed policy, which may live in the lazily loaded chunk:
// the document at once when it is bundled (or already loaded), otherwise "loading" until the chunk arrives.
import { useEffect, useState } from 'react';
import { awsManagedPolicyDocument, loadAwsManagedPolicyDocuments } from '../../model';

/** Where an AWS managed policy's document stands. */
export type AwsDocumentState =
  { state: 'loading' } | { state: 'loaded'; document: string } | { state: 'failed'; message: string };

/** The document of the AWS managed policy `arn`, loading the lazy documents if it needs them. */
export function useAwsManagedPolicyDocument(arn: string): AwsDocumentState {
  const [failure, setFailure] = useState<{ arn: string; message: string } | null>(null);
  const [, setLoaded] = useState(0);
  const document = awsManagedPolicyDocument(arn);
  useEffect(() => {
    if (document !== undefined) return;
    let live = true;
    loadAwsManagedPolicyDocuments().then(
      () => live && setLoaded((n) => n + 1),
      (e: unknown) => live && setFailure({ arn, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [arn, document]);
  if (document !== undefined) return { state: 'loaded', document };
  return failure?.arn === arn ? { state: 'failed', message: failure.message } : { state: 'loading' };
}
