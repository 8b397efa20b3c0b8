// A read-only Monaco view of one policy with its decisive statements highlighted at their source ranges
// (from the explanation) and scrolled into view. Loaded lazily with Monaco.
import { useEffect, useRef } from 'react';
import type { SourceRange } from '../../engine/policy';
import { monaco } from '../editor/monacoSetup';

/** Props: the policy text, the ranges to highlight, and the editor's accessible name. */
export interface PolicyHighlightProps {
  text: string;
  ranges: SourceRange[];
  /** The decisive statements' effect, which picks the highlight colour. */
  effect: 'Allow' | 'Deny' | null;
  label: string;
}

const MAX_HEIGHT_PX = 360;
const MIN_HEIGHT_PX = 120;

const toRange = (r: SourceRange) => new monaco.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);

/** The policy, read-only, with the decisive statements marked in the text and in the gutter. */
export default function PolicyHighlightView({ text, ranges, effect, label }: PolicyHighlightProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    const model = monaco.editor.createModel(text, 'json');
    const editor = monaco.editor.create(host.current!, {
      model,
      readOnly: true,
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'none',
      glyphMargin: false,
      folding: false,
      domReadOnly: true,
      stickyScroll: { enabled: false },
      wordWrap: 'on',
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    // Short policies get a short view; long ones scroll inside MAX_HEIGHT_PX.
    const fitHeight = () => {
      if (host.current)
        host.current.style.height = `${Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, editor.getContentHeight()))}px`;
    };
    const sizing = editor.onDidContentSizeChange(fitHeight);
    fitHeight();
    return () => {
      sizing.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // Created once; text, label and ranges are applied below.
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (model.getValue() !== text) model.setValue(text);
    editor.updateOptions({ ariaLabel: label });
    const tone = effect === 'Deny' ? 'deny' : 'allow';
    decorations.current?.set(
      ranges.map((r) => ({
        range: toRange(r),
        options: {
          className: `sim-decisive-${tone}`,
          linesDecorationsClassName: `sim-decisive-gutter-${tone}`,
          isWholeLine: false,
          hoverMessage: { value: 'The decisive statement of this request' },
        },
      })),
    );
    if (ranges[0]) editor.revealRangeInCenterIfOutsideViewport(toRange(ranges[0]));
    else editor.setScrollTop(0);
  }, [text, ranges, effect, label]);

  return <div ref={host} className="sim-policy-host" data-testid="decisive-policy" />;
}
