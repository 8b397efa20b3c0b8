// The Simulator section: the explained policy simulator (src/ui/simulator), loaded lazily so its code,
// the service catalogue and Monaco stay out of the app shell's JavaScript.
import { Suspense, lazy } from 'react';
import { PageHeader } from '../components/PageHeader';

const Simulator = lazy(() => import('./Simulator'));

/** The Simulator section. */
export function SimulatorPage() {
  return (
    <>
      <PageHeader
        title="Policy simulator"
        description="Choose who asks, for which actions on which resources, and see the decision and exactly why, statement by statement."
      />
      <Suspense
        fallback={
          <p className="muted" aria-busy="true">
            Loading the simulator…
          </p>
        }
      >
        <Simulator />
      </Suspense>
    </>
  );
}
