// The policy editor as pages use it: Monaco and the catalogue load on first use, outside the shell's JS.
import { Suspense, lazy } from 'react';
import type { PolicyEditorProps } from './PolicyEditor';

const PolicyEditor = lazy(() => import('./PolicyEditor'));

/** The policy editor, showing the document as plain text until Monaco has loaded. */
export function LazyPolicyEditor(props: PolicyEditorProps) {
  return (
    <Suspense
      fallback={
        <pre className="editor-fallback" aria-busy="true" aria-label={props.label}>
          {props.value}
        </pre>
      }
    >
      <PolicyEditor {...props} />
    </Suspense>
  );
}
