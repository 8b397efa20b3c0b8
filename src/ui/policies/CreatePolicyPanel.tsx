// Creating a customer managed policy from the policy editor page: start from an AWS managed policy if
// wanted (found by a name filter; its document may need the lazy load), then name, description and tags,
// a review of what the policy allows, and CreatePolicy.
import { useMemo, useState } from 'react';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import { awsManagedPolicyDocument, loadAwsManagedPolicyDocuments } from '../../model';
import type { Tag } from '../../model';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { PolicySummaryView } from '../editor/PolicySummaryView';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { createPolicySteps, policyDetailsProblem } from './createPolicySteps';
import { documentProblem } from '../components/documentProblem';
import { AWS_POLICY_OPTIONS, filterPolicyOptions, matchingPolicyOptions } from './policyOptions';
import { TagsEditor } from '../components/TagsEditor';
import { useRunSteps } from '../actions/useRunSteps';
import '../components/wizards.css';

interface Props {
  /** The editor's current text. */
  document: string;
  /** Replaces the editor's text (starting from an AWS managed policy). */
  onImport: (document: string) => void;
}

/** The "create policy" part of the policy editor page, for identity-based policies. */
export function CreatePolicyPanel({ document, onImport }: Props) {
  const account = useAccount();
  const [importArn, setImportArn] = useState('');
  const [importFilter, setImportFilter] = useState('');
  const [importing, setImporting] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [policyName, setPolicyName] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<Tag[]>([]);
  const [reviewing, setReviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { run, failure, busy } = useRunSteps();
  const parsed = useMemo(() => parsePolicy(document, 'identity'), [document]);
  const form = { document, policyName, description, tags };
  const importChoices = filterPolicyOptions(AWS_POLICY_OPTIONS, importFilter, importArn ? [importArn] : []);
  const importMatches = matchingPolicyOptions(AWS_POLICY_OPTIONS, importFilter).length;

  const importPolicy = async () => {
    setImporting('loading');
    try {
      if (awsManagedPolicyDocument(importArn) === undefined) await loadAwsManagedPolicyDocuments();
      onImport(awsManagedPolicyDocument(importArn)!);
      setImporting('idle');
    } catch {
      setImporting('failed');
    }
  };

  const next = async () => {
    const found = documentProblem(document, 'identity') ?? policyDetailsProblem(form);
    setProblem(found);
    if (found) return;
    if (!reviewing) return setReviewing(true);
    if (await run(createPolicySteps(form)))
      location.hash = routeHref('policies', `arn:aws:iam::${account.id}:policy/${policyName.trim()}`);
  };

  return (
    <section className="panel" aria-labelledby="create-policy-heading">
      <div className="panel-header">
        <h2 id="create-policy-heading">Create a customer managed policy</h2>
      </div>
      <form
        className="panel-body stack"
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
        noValidate
      >
        <fieldset className="policy-picker">
          <legend>Start from an AWS managed policy (optional)</legend>
          <div className="tag-row">
            <label className="field">
              <span>Filter AWS managed policies by name</span>
              <input type="search" value={importFilter} onChange={(e) => setImportFilter(e.target.value)} />
            </label>
            <label className="field">
              <span>AWS managed policy</span>
              <select value={importArn} onChange={(e) => setImportArn(e.target.value)}>
                <option value="">
                  {importMatches === 1 ? 'Choose the matching policy…' : `Choose one of ${importMatches} policies…`}
                </option>
                {importChoices.map((p) => (
                  <option key={p.arn} value={p.arn}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn"
              disabled={!importArn || importing === 'loading'}
              onClick={() => void importPolicy()}
            >
              {importing === 'loading' ? 'Loading…' : 'Import'}
            </button>
          </div>
          {importMatches > importChoices.length && (
            <p className="muted">
              The list shows the first {importChoices.length} matches; filter by name to find others.
            </p>
          )}
          {importing === 'failed' && (
            <p className="wizard-problem" role="alert">
              The policy document could not be loaded; try Import again.
            </p>
          )}
        </fieldset>
        <label className="field">
          <span>Policy name</span>
          <input
            value={policyName}
            onChange={(e) => {
              setPolicyName(e.target.value);
              setReviewing(false);
            }}
            autoComplete="off"
          />
        </label>
        <label className="field">
          <span>Description (optional)</span>
          <textarea
            rows={2}
            maxLength={1000}
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
              setReviewing(false);
            }}
          />
        </label>
        <TagsEditor
          tags={tags}
          onChange={(t) => {
            setTags(t);
            setReviewing(false);
          }}
        />
        {reviewing && (
          <section aria-labelledby="policy-review-heading" className="stack">
            <h3 id="policy-review-heading">Review: permissions defined in {policyName.trim()}</h3>
            <PolicySummaryView policy={parsed.policy} />
          </section>
        )}
        {problem && (
          <p className="wizard-problem" role="alert">
            {problem}
          </p>
        )}
        {failure && <CallFailureNotice outcome={failure} />}
        <div className="wizard-buttons">
          {reviewing && (
            <button type="button" className="btn" onClick={() => setReviewing(false)}>
              Back
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {reviewing ? 'Create policy' : 'Review'}
          </button>
        </div>
      </form>
    </section>
  );
}
