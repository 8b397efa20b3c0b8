// List tables sort by the chosen column and break ties by the first column (the name), as the console does.
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/ui/components/sortRows';

interface Policy {
  name: string;
  type: string;
}
const policies: Policy[] = [
  { name: 'ReadOnlyAccess', type: 'AWS managed' },
  { name: 'HomeDirectoryAccess', type: 'Customer managed' },
  { name: 'AdministratorAccess', type: 'AWS managed' },
  { name: 'ec2-admin', type: 'Customer managed' },
  { name: 'Billing', type: 'AWS managed' },
];
const byType = (ascending: boolean) =>
  sortRows(
    policies,
    (p) => p.type,
    (p) => p.name,
    ascending,
  ).map((p) => `${p.type}: ${p.name}`);

describe('sorting a list table', () => {
  it('orders rows of equal type by name when sorting policies by type', () => {
    expect(byType(true)).toEqual([
      'AWS managed: AdministratorAccess',
      'AWS managed: Billing',
      'AWS managed: ReadOnlyAccess',
      'Customer managed: ec2-admin',
      'Customer managed: HomeDirectoryAccess',
    ]);
  });

  it('keeps equal types in name order when the sort is descending', () => {
    expect(byType(false)).toEqual([
      'Customer managed: ec2-admin',
      'Customer managed: HomeDirectoryAccess',
      'AWS managed: AdministratorAccess',
      'AWS managed: Billing',
      'AWS managed: ReadOnlyAccess',
    ]);
  });

  it('compares case-insensitively and numbers by value', () => {
    const rows = ['user10', 'User2', 'user1'];
    expect(
      sortRows(
        rows,
        (r) => r,
        (r) => r,
        true,
      ),
    ).toEqual(['user1', 'User2', 'user10']);
  });

  it('does not reorder the rows it was given', () => {
    const copy = [...policies];
    sortRows(
      policies,
      (p) => p.type,
      (p) => p.name,
      true,
    );
    expect(policies).toEqual(copy);
  });
});
