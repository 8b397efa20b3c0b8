// The create-role wizard: trusted entity, permissions and boundary, then name, description, maximum
// session duration and tags, reviewed with the trust policy that will be written.
import { useState } from 'react';
import { CallFailureNotice } from '../actions/AccessDeniedNotice';
import { PageHeader } from '../components/PageHeader';
import { PolicyDocumentView } from '../components/PolicyDocumentView';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import type { NewRoleForm } from './createRoleSteps';
import { DEFAULT_MAX_SESSION_HOURS, createRoleSteps, roleDetailsProblem } from './createRoleSteps';
import { PolicyPicker } from '../policies/PolicyPicker';
import { TagsEditor } from '../components/TagsEditor';
import { TrustedEntityPicker } from './TrustedEntityPicker';
import { trustPolicyFor, trustedEntityProblem } from './trustPolicies';
import { useRunSteps } from '../actions/useRunSteps';
import { Wizard } from '../components/Wizard';

const HOURS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The Roles › Create role page. */
export function CreateRoleWizard() {
  const account = useAccount();
  const [form, setForm] = useState<NewRoleForm>(() => ({
    entity: { type: 'service', service: 'ec2.amazonaws.com' },
    policyArns: [],
    boundaryArn: '',
    roleName: '',
    description: '',
    maxSessionHours: DEFAULT_MAX_SESSION_HOURS,
    tags: [],
  }));
  const { run, failure, busy } = useRunSteps();
  const update = (patch: Partial<NewRoleForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    if (await run(createRoleSteps(form))) location.hash = routeHref('roles', form.roleName.trim(), 'trust');
  };

  return (
    <>
      <PageHeader title="Create role" crumbs={[{ label: 'Roles', href: routeHref('roles') }]} />
      <Wizard
        label="Create role"
        submitLabel="Create role"
        busy={busy}
        onSubmit={() => void submit()}
        notice={failure && <CallFailureNotice outcome={failure} />}
        steps={[
          {
            title: 'Select trusted entity',
            content: () => (
              <TrustedEntityPicker account={account} entity={form.entity} onChange={(entity) => update({ entity })} />
            ),
            problem: () => trustedEntityProblem(form.entity),
          },
          {
            title: 'Add permissions',
            content: () => (
              <>
                <PolicyPicker
                  account={account}
                  legend="Permissions policies"
                  selected={form.policyArns}
                  onChange={(policyArns) => update({ policyArns })}
                />
                <PolicyPicker
                  account={account}
                  legend="Permissions boundary (optional)"
                  single
                  selected={form.boundaryArn ? [form.boundaryArn] : []}
                  onChange={([arn]) => update({ boundaryArn: arn ?? '' })}
                />
              </>
            ),
          },
          {
            title: 'Name, review, and create',
            problem: () => roleDetailsProblem(form),
            content: () => (
              <>
                <label className="field">
                  <span>Role name</span>
                  <input
                    value={form.roleName}
                    onChange={(e) => update({ roleName: e.target.value })}
                    autoComplete="off"
                  />
                </label>
                <label className="field">
                  <span>Description</span>
                  <textarea
                    rows={2}
                    maxLength={1000}
                    value={form.description}
                    onChange={(e) => update({ description: e.target.value })}
                  />
                </label>
                <label className="field">
                  <span>Maximum session duration</span>
                  <select
                    value={form.maxSessionHours}
                    onChange={(e) => update({ maxSessionHours: Number(e.target.value) })}
                  >
                    {HOURS.map((h) => (
                      <option key={h} value={h}>
                        {h} hour{h > 1 ? 's' : ''}
                      </option>
                    ))}
                  </select>
                </label>
                <section aria-labelledby="review-trust-heading">
                  <h3 id="review-trust-heading">Step 1: Select trusted entities</h3>
                  <PolicyDocumentView document={trustPolicyFor(form.entity)} kind="trust" label="Trust policy" />
                </section>
                <section aria-labelledby="review-permissions-heading">
                  <h3 id="review-permissions-heading">Step 2: Add permissions</h3>
                  <p>
                    {form.policyArns.map((a) => a.split('/').pop()).join(', ') || 'No permissions policies.'}{' '}
                    {form.boundaryArn && `Boundary: ${form.boundaryArn.split('/').pop()}.`}
                  </p>
                </section>
                <TagsEditor tags={form.tags} onChange={(tags) => update({ tags })} />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
