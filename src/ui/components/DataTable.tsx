// A list table as the console has them: a filter box, sortable column headers, a row count and, for long
// lists (the AWS managed policies), pages.
import { useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { sortRows } from './sortRows';

/** One column: its header, how a row renders in it, and the text used to sort and filter. */
export interface Column<T> {
  header: string;
  render: (row: T) => ReactNode;
  text: (row: T) => string;
}

interface Props<T> {
  /** Names the table for screen readers and titles its toolbar, e.g. "Users". */
  title: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Buttons or links shown next to the title. */
  actions?: ReactNode;
  empty?: string;
  /** Rows per page; without it every row is shown. */
  pageSize?: number;
}

/** A filterable, sortable table; sorting follows the ARIA `aria-sort` convention, ties ordered by the first column. */
export function DataTable<T>({
  title,
  columns,
  rows,
  rowKey,
  actions,
  empty = 'Nothing here yet.',
  pageSize,
}: Props<T>) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ column: number; ascending: boolean }>({ column: 0, ascending: true });
  const [page, setPage] = useState(0);
  const filterId = useId();
  const captionId = useId();

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const matching = needle ? rows.filter((r) => columns.some((c) => c.text(r).toLowerCase().includes(needle))) : rows;
    return sortRows(matching, columns[sort.column].text, columns[0].text, sort.ascending);
  }, [rows, columns, filter, sort]);

  const sortBy = (column: number) => {
    setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }));
    setPage(0);
  };
  const pages = pageSize ? Math.max(1, Math.ceil(shown.length / pageSize)) : 1;
  // Rows may shrink under the current page (a deleted policy): show the last page that exists.
  const current = Math.min(page, pages - 1);
  const visible = pageSize ? shown.slice(current * pageSize, (current + 1) * pageSize) : shown;

  return (
    <section className="panel" aria-labelledby={captionId}>
      <div className="panel-header">
        <h2 id={captionId}>
          {title}{' '}
          <span className="count">
            ({shown.length === rows.length ? rows.length : `${shown.length} of ${rows.length}`})
          </span>
        </h2>
        <div className="panel-actions">{actions}</div>
      </div>
      <div className="table-toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          Filter {title.toLowerCase()}
        </label>
        <input
          id={filterId}
          type="search"
          className="filter"
          placeholder={`Filter ${title.toLowerCase()}`}
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
        {pages > 1 && (
          <nav className="pager" aria-label={`${title} pages`}>
            <button type="button" className="btn" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous page
            </button>
            <span aria-live="polite">
              Page {current + 1} of {pages} · {current * pageSize! + 1}–{current * pageSize! + visible.length} of{' '}
              {shown.length}
            </span>
            <button type="button" className="btn" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
              Next page
            </button>
          </nav>
        )}
      </div>
      {/* Focusable so keyboard users can scroll a wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${title} table`}>
        <table className="data-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th
                  key={c.header}
                  scope="col"
                  aria-sort={sort.column === i ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(i)}>
                    {c.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.column === i ? (sort.ascending ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c) => (
                  <td key={c.header}>{c.render(r)}</td>
                ))}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  {rows.length ? 'No match for the filter.' : empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
