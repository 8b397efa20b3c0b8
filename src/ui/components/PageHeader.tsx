// The title block of every page: breadcrumbs, the page's one h1, a description and actions.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Links above the title, from the section down to the parent of this page. */
  crumbs?: { label: string; href: string }[];
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page heading; the shell moves focus to it after each navigation. */
export function PageHeader({ title, crumbs = [], description, actions }: Props) {
  return (
    <header className="page-header">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            {crumbs.map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.label}</a>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      <div className="page-title-row">
        <h1 tabIndex={-1} className="page-title">
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {description && <p className="page-description">{description}</p>}
    </header>
  );
}
