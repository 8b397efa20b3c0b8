// The diagnostic codes the parser reports, and the collector that places each one at a JSON node.

import type { Node } from 'jsonc-parser';
import type { Diagnostic, Severity, SourceRange } from '../policy';
import type { SourceText } from './sourceText';

/** Every stable diagnostic code, so the editor and tests can rely on them. */
export type DiagnosticCode =
  | 'json-syntax'
  | 'json-comment'
  | 'json-trailing-comma'
  | 'json-duplicate-key'
  | 'policy-not-object'
  | 'unknown-element'
  | 'wrong-type'
  | 'empty-array'
  | 'empty-statement-list'
  | 'version-missing'
  | 'version-invalid'
  | 'statement-missing'
  | 'sid-duplicate'
  | 'sid-characters'
  | 'effect-missing'
  | 'effect-invalid'
  | 'action-missing'
  | 'action-and-notaction'
  | 'action-malformed'
  | 'resource-missing'
  | 'resource-and-notresource'
  | 'resource-malformed'
  | 'resource-not-allowed'
  | 'principal-not-allowed'
  | 'principal-missing'
  | 'principal-and-notprincipal'
  | 'principal-invalid'
  | 'principal-type-unknown'
  | 'notprincipal-with-allow'
  | 'rcp-principal-not-star'
  | 'rcp-allow'
  | 'rcp-notaction'
  | 'condition-operator-unknown'
  | 'condition-operator-combination'
  | 'condition-key-malformed'
  | 'condition-value-invalid'
  | 'variable-malformed'
  | 'variable-not-substituted'
  | 'variable-not-supported';

/** Collects diagnostics for one policy text. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  /** How many error-severity diagnostics have been reported so far. */
  errorCount = 0;

  constructor(readonly source: SourceText) {}

  /** The source range of a JSON node. */
  rangeOf(node: Node): SourceRange {
    return this.source.range(node.offset, node.length);
  }

  /** Reports a problem at a node (or an explicit range). */
  report(severity: Severity, code: DiagnosticCode, message: string, at: Node | SourceRange): void {
    const range = 'type' in at ? this.rangeOf(at) : at;
    this.diagnostics.push({ code, severity, message, range });
    if (severity === 'error') this.errorCount++;
  }

  /** Shorthand for an error-severity report. */
  error(code: DiagnosticCode, message: string, at: Node | SourceRange): void {
    this.report('error', code, message, at);
  }

  /** True once any error-severity diagnostic has been reported. */
  get hasErrors(): boolean {
    return this.errorCount > 0;
  }
}

const SHOWN_LENGTH = 60;

/** A user value quoted for a message, shortened so that a huge value cannot flood an error line. */
export function shown(value: string): string {
  return `"${value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 3)}...` : value}"`;
}
