// Parser diagnostics → Monaco marker data. Pure, so the mapping is tested without Monaco.
import type { Diagnostic } from '../../engine/policy';

/** Monaco's MarkerSeverity values (Error 8, Warning 4, Info 2), copied so this module needs no Monaco import. */
export const MARKER_SEVERITY = { error: 8, warning: 4, info: 2 } as const;

/** The fields of Monaco's IMarkerData that a diagnostic fills. */
export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Maps a diagnostic to a marker at exactly its range; an empty range still underlines one character. */
export function diagnosticToMarker(d: Diagnostic): MarkerData {
  const { startLine, startColumn, endLine, endColumn } = d.range;
  const empty = startLine === endLine && endColumn <= startColumn;
  return {
    severity: MARKER_SEVERITY[d.severity],
    message: d.message,
    code: d.code,
    source: 'IAM',
    startLineNumber: startLine,
    startColumn,
    endLineNumber: endLine,
    endColumn: empty ? startColumn + 1 : endColumn,
  };
}
