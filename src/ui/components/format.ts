// Display formats shared by the pages.

/** An ISO 8601 timestamp as the console's short UTC form, `2026-01-05 09:00 UTC`; `—` when absent. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A managed policy's name, the last part of its ARN (`.../policy/path/Name` → `Name`). */
export const policyNameOf = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);
