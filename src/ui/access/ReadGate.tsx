// Shows a page only to an identity that may read it, as the AWS console would: the page's reads
// (pageReads.ts) are authorized as the acting identity off the main thread, like every console action.
// A denied page shows AWS's AccessDenied with its explanation and offers the learner's view — the page
// as it is, flagged as one this identity could not see — until the acting identity changes.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { AccessDeniedNotice } from '../actions/AccessDeniedNotice';
import { runOffMainThread } from '../actions/consoleApi';
import { PageHeader } from '../components/PageHeader';
import type { Route } from '../shell/routes';
import { routeHref, sectionLabel, sectionTitle } from '../shell/routes';
import { actingAccount, identityLabel, useScenario } from '../state/ScenarioContext';
import type { PageDenial } from './pageAccess';
import { pageDenial } from './pageAccess';
import { pageReads } from './pageReads';
import './access.css';

interface Props {
  route: Route;
  /** Called each time the gate shows something for a route (the page or its denial), so the shell can move focus. */
  onShown: (route: Route) => void;
  children: ReactNode;
}

/** `children` (the route's page) if the acting identity may read it; AWS's AccessDenied otherwise. */
export function ReadGate({ route, onShown, children }: Props) {
  const { scenario } = useScenario();
  const identity = scenario.session.identity;
  const who = identityLabel(identity);
  const identityKey = JSON.stringify(identity);
  const reads = useMemo(() => pageReads(route, actingAccount(scenario)), [route, scenario]);
  // The page as one identity sees it: while its reads are checked again (another tab, or an edit), the
  // last answer for it stays on screen rather than unmounting the page.
  const view = `${identityKey} ${route.section}/${route.item ?? ''}`;
  const [answer, setAnswer] = useState<{ view: string; denial: PageDenial | null } | null>(null);
  const [learnerViewFor, setLearnerViewFor] = useState<string | null>(null);
  // The learner's view ends with the identity it was chosen for, even if that identity comes back later.
  if (learnerViewFor !== null && learnerViewFor !== identityKey) setLearnerViewFor(null);
  // The button a person pressed to turn the learner's view on or off is gone once it turns: focus goes to
  // what replaced it (the banner, or the offer to turn it on again) rather than being lost to the body.
  const toggled = useRef(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const toggleLearnerView = (on: boolean) => {
    toggled.current = true;
    setLearnerViewFor(on ? identityKey : null);
  };
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (learnerViewFor !== null ? bannerRef : offerRef).current?.focus();
  }, [learnerViewFor]);

  useEffect(() => {
    if (reads.length === 0) return;
    let current = true;
    runOffMainThread((ctx) => pageDenial(ctx, scenario, reads)).then(
      (denial) => current && setAnswer({ view, denial }),
      // The engine could not decide (the banner says why): the page is shown rather than hidden.
      () => current && setAnswer({ view, denial: null }),
    );
    return () => {
      current = false;
    };
  }, [scenario, reads, view]);

  const decided = reads.length === 0 || answer?.view === view;
  useEffect(() => {
    if (decided) onShown(route);
  }, [decided, route, onShown]);

  if (!decided)
    return (
      <p className="gate-pending muted" role="status">
        Checking permissions…
      </p>
    );
  const denial = reads.length === 0 ? null : answer!.denial;
  if (!denial) return children;
  if (learnerViewFor === identityKey)
    return (
      <>
        <div ref={bannerRef} tabIndex={-1} className="banner learner-view" role="note">
          <strong>Learner&apos;s view.</strong> In AWS, {who} could not see this page: <code>{denial.operation}</code>{' '}
          is denied.{' '}
          <button type="button" className="link-button" onClick={() => toggleLearnerView(false)}>
            Hide pages {who} cannot see
          </button>
        </div>
        {children}
      </>
    );
  return (
    <>
      <PageHeader
        title={pageTitle(route)}
        crumbs={route.item ? [{ label: sectionLabel(route.section), href: routeHref(route.section) }] : []}
      />
      <AccessDeniedNotice code={denial.code} message={denial.message} authorization={denial.authorization} />
      <div className="learner-offer">
        <p>
          The console needs <code>{denial.operation}</code> to show this page, and {who} is not allowed it. The
          playground can show the page anyway, marked, so you can keep exploring as {who}; actions stay authorized as{' '}
          {who}.
        </p>
        <button ref={offerRef} type="button" className="btn" onClick={() => toggleLearnerView(true)}>
          Show pages anyway (learner&apos;s view)
        </button>
      </div>
    </>
  );
}

/** The heading of a denied page, as the page itself would title it: the item's name (the last part of an ARN) or the section's title. */
function pageTitle(route: Route): string {
  if (!route.item) return sectionTitle(route.section);
  return route.item.startsWith('arn:') ? route.item.slice(route.item.lastIndexOf('/') + 1) : route.item;
}
