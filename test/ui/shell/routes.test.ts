import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../src/ui/shell/routes';

describe('hash routes', () => {
  it('an empty or unknown hash is the dashboard', () => {
    expect(parseRoute('')).toEqual({ section: 'dashboard', item: null, tab: null });
    expect(parseRoute('#/nowhere/x')).toEqual({ section: 'dashboard', item: null, tab: null });
  });

  it('section, item and tab round-trip, even for ARNs with slashes and colons', () => {
    const arn = 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess';
    const href = routeHref('policies', arn, 'versions');
    expect(href).not.toContain('policy/job');
    expect(parseRoute(href)).toEqual({ section: 'policies', item: arn, tab: 'versions' });
  });

  it('a tab is only written when there is an item', () => {
    expect(routeHref('users', null, 'groups')).toBe('#/users');
  });
});
