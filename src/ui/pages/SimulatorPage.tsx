// The simulator's place in the app; the explained simulator itself arrives with the rest of issue 5.
import { PageHeader } from '../components/PageHeader';
import { routeHref } from '../shell/routes';

/** The Simulator section (placeholder until the simulator lands). */
export function SimulatorPage() {
  return (
    <>
      <PageHeader title="Policy simulator" description="Choose an identity, actions, resources and context; see the decision and exactly why." />
      <section className="panel">
        <p className="panel-body">The simulator is not built yet. Meanwhile the <a href={routeHref('policies', 'create')}>policy editor</a> checks and summarizes any policy.</p>
      </section>
    </>
  );
}
