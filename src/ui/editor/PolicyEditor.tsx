// The Monaco policy editor: JSON with the engine parser's diagnostics as markers, the service catalogue's
// warnings about unknown actions (added once the catalogue has loaded, under their own marker owner), IAM
// completion and hovers (registered by monacoSetup), a Format button and a problems list of both.
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic, PolicyKind } from '../../engine/policy';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import type { ParsedPolicy } from '../../engine/parse/parsePolicy';
import { catalogDiagnostics } from './actionChecks';
import { bundledCatalog } from './catalogData';
import { diagnosticToMarker } from './markers';
import { monaco } from './monacoSetup';

/** Props of the editor; see LazyPolicyEditor for the lazily loaded wrapper pages use. */
export interface PolicyEditorProps {
  value: string;
  kind: PolicyKind;
  /** Names the editor for screen readers, e.g. "Policy document". */
  label: string;
  readOnly?: boolean;
  onChange?: (text: string) => void;
  /** Called after each parse, with the parser's result for the current text. */
  onParsed?: (parsed: ParsedPolicy) => void;
}

const MARKER_OWNER = 'iam-policy';
const CATALOG_MARKER_OWNER = 'iam-catalog';
const PARSE_DELAY_MS = 120;

/** A policy editor bound to one document. */
export default function PolicyEditor({ value, kind, label, readOnly = false, onChange, onParsed }: PolicyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onParsed, kind });
  callbacks.current = { onChange, onParsed, kind };
  const reparse = useRef<() => void>(() => {});
  // True while a new `value` from the parent is being applied: that is not an edit to report back.
  const applyingValue = useRef(false);
  // Texts reported through onChange that the parent may still echo back as `value` after newer keystrokes:
  // applying such a stale echo would replace what was typed since and throw the cursor to the start.
  const reported = useRef<string[]>([]);
  const [parserDiagnostics, setParserDiagnostics] = useState<Diagnostic[]>([]);
  const [catalogWarnings, setCatalogWarnings] = useState<Diagnostic[]>([]);

  useEffect(() => {
    const model = monaco.editor.createModel(value, 'json');
    const editor = monaco.editor.create(host.current!, {
      model,
      readOnly,
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
      quickSuggestions: { strings: true, other: true, comments: false },
      renderLineHighlight: 'line',
    });
    editorRef.current = editor;
    let timer = 0;
    const parse = () => {
      const parsed = parsePolicy(model.getValue(), callbacks.current.kind);
      monaco.editor.setModelMarkers(model, MARKER_OWNER, parsed.diagnostics.map(diagnosticToMarker));
      setParserDiagnostics(parsed.diagnostics);
      callbacks.current.onParsed?.(parsed);
      const version = model.getVersionId();
      void catalogDiagnostics(model.getValue(), bundledCatalog).then((found) => {
        // The catalogue loads asynchronously: a result for an older text would mark the wrong places.
        if (model.isDisposed() || model.getVersionId() !== version) return;
        monaco.editor.setModelMarkers(model, CATALOG_MARKER_OWNER, found.map(diagnosticToMarker));
        setCatalogWarnings(found);
      });
    };
    reparse.current = parse;
    parse();
    const subscription = model.onDidChangeContent(() => {
      if (!applyingValue.current && callbacks.current.onChange) {
        const text = model.getValue();
        // Echoes older than a few dozen edits no longer come back; keep the list short.
        if (reported.current.push(text) > 64) reported.current.shift();
        callbacks.current.onChange(text);
      }
      // Parse after a short pause so typing never waits for the parser.
      window.clearTimeout(timer);
      timer = window.setTimeout(parse, PARSE_DELAY_MS);
    });
    return () => {
      reparse.current = () => {};
      window.clearTimeout(timer);
      subscription.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once; `value`, `kind` and `readOnly` changes are applied below without
    // recreating it, so the cursor and undo history survive.
  }, []);

  useEffect(() => reparse.current(), [kind]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const echo = reported.current.includes(value);
    if (model.getValue() === value || echo) {
      // Once the parent has caught up with the editor, older echoes can no longer arrive.
      if (model.getValue() === value) reported.current = [];
      return;
    }
    reported.current = [];
    applyingValue.current = true;
    model.setValue(value);
    applyingValue.current = false;
  }, [value]);

  useEffect(() => editorRef.current?.updateOptions({ readOnly }), [readOnly]);

  const reveal = (d: Diagnostic) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.setSelection({
      startLineNumber: d.range.startLine,
      startColumn: d.range.startColumn,
      endLineNumber: d.range.endLine,
      endColumn: d.range.endColumn,
    });
    editor.revealRangeInCenter(editor.getSelection()!);
    editor.focus();
  };
  const diagnostics = [...parserDiagnostics, ...catalogWarnings].sort(
    (a, b) => a.range.startOffset - b.range.startOffset,
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  return (
    <div className="policy-editor">
      <div className="editor-toolbar">
        <span className="editor-status" role="status">
          {diagnostics.length === 0
            ? 'No problems'
            : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
        {!readOnly && (
          <button
            type="button"
            className="btn"
            onClick={() => editorRef.current?.getAction('editor.action.formatDocument')?.run()}
          >
            Format
          </button>
        )}
      </div>
      <div ref={host} className="editor-host" data-testid="policy-editor" />
      {diagnostics.length > 0 && (
        <ul className="problems" aria-label="Problems">
          {diagnostics.map((d, i) => (
            <li key={i} className={`problem problem-${d.severity}`}>
              <button type="button" className="link-button" onClick={() => reveal(d)}>
                <span className="problem-severity">{d.severity}</span> Ln {d.range.startLine}, Col {d.range.startColumn}
                : {d.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
