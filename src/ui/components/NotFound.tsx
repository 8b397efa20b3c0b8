// Shown for a link to something that does not exist in the current account.
import { PageHeader } from './PageHeader';
import type { SectionId } from '../shell/routes';
import { routeHref, sectionLabel } from '../shell/routes';

/** "Not found" with a way back to the section's list. */
export function NotFound({ what, section }: { what: string; section: SectionId }) {
  return (
    <>
      <PageHeader title="Not found" crumbs={[{ label: sectionLabel(section), href: routeHref(section) }]} />
      <p>
        There is no {what} in this account. <a href={routeHref(section)}>Back to {sectionLabel(section)}</a>
      </p>
    </>
  );
}
