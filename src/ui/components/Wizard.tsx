// A console-style multi-step form: the list of steps on the side, one step's fields, Previous / Next, and
// the final action on the review step.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import './wizards.css';

/** One step: its title, its fields, and what (if anything) keeps the user from going on. */
export interface WizardStep {
  title: string;
  content: () => ReactNode;
  problem?: () => string | null;
}

interface Props {
  label: string;
  steps: WizardStep[];
  submitLabel: string;
  onSubmit: () => void;
  /** True while the submitted work runs: the submit button is disabled so it is not sent twice. */
  busy?: boolean;
  /** Shown under the step (e.g. an AccessDenied notice from the last submit). */
  notice?: ReactNode;
}

/** The wizard frame; steps are kept mounted only while shown, their state lives in the caller. */
export function Wizard({ label, steps, submitLabel, onSubmit, notice, busy = false }: Props) {
  const [index, setIndex] = useState(0);
  const [shownProblem, setShownProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = steps[index];
  const last = index === steps.length - 1;
  // Moving between steps puts focus on the new step's heading, so screen readers announce it.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  const go = (to: number) => {
    moved.current = true;
    setShownProblem(null);
    setIndex(to);
  };
  const next = () => {
    const problem = current.problem?.() ?? null;
    setShownProblem(problem);
    if (problem) return;
    if (last) onSubmit();
    else go(index + 1);
  };

  return (
    <div className="wizard">
      <nav className="wizard-steps" aria-label={`${label} steps`}>
        <ol>
          {steps.map((s, i) => (
            <li
              key={s.title}
              aria-current={i === index ? 'step' : undefined}
              className={i === index ? 'current' : i < index ? 'done' : ''}
            >
              <span className="wizard-step-number">Step {i + 1}</span>
              {i < index ? (
                <button type="button" className="link-button" onClick={() => go(i)}>
                  {s.title}
                </button>
              ) : (
                <span>{s.title}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <form
        className="wizard-body"
        aria-labelledby="wizard-step-heading"
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
        noValidate
      >
        <h2 id="wizard-step-heading" ref={heading} tabIndex={-1}>
          {current.title}
        </h2>
        <div className="stack">{current.content()}</div>
        {shownProblem && (
          <p className="wizard-problem" role="alert">
            {shownProblem}
          </p>
        )}
        {notice}
        <div className="wizard-buttons">
          {index > 0 && (
            <button type="button" className="btn" onClick={() => go(index - 1)}>
              Previous
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {last ? submitLabel : 'Next'}
          </button>
        </div>
      </form>
    </div>
  );
}
