// Loads Monaco from the bundle (never a CDN) with its editor features and only the JSON language,
// and registers the IAM-aware providers once. Imported lazily: nothing here is in the app shell's JS.
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// Every editor feature: the standalone editor's services expect the full set (a partial set fails at start).
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { bundledCatalog } from './catalogData';
import type { CompletionKind } from './completions';
import { policyCompletions } from './completions';
import { policyFormatEdits } from './formatPolicy';
import { policyHover } from './hover';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// The engine's parser is the one source of diagnostics, completion and hovers; the JSON service keeps
// only tokens, folding, brackets and selection ranges, so nothing is reported twice.
jsonDefaults.setDiagnosticsOptions({ validate: false });
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
  completionItems: false,
  hovers: false,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

const KIND: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  element: monaco.languages.CompletionItemKind.Property,
  value: monaco.languages.CompletionItemKind.Value,
  service: monaco.languages.CompletionItemKind.Module,
  action: monaco.languages.CompletionItemKind.Function,
  operator: monaco.languages.CompletionItemKind.Operator,
  conditionKey: monaco.languages.CompletionItemKind.Field,
  arn: monaco.languages.CompletionItemKind.Reference,
  variable: monaco.languages.CompletionItemKind.Variable,
};

const rangeOf = (model: monaco.editor.ITextModel, start: number, end: number): monaco.IRange =>
  monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));

monaco.languages.registerCompletionItemProvider('json', {
  triggerCharacters: ['"', ':', '{', '$', '/'],
  async provideCompletionItems(model, position) {
    const items = await policyCompletions(model.getValue(), model.getOffsetAt(position), bundledCatalog);
    return {
      suggestions: items.map((c) => ({
        label: c.label,
        kind: KIND[c.kind],
        insertText: c.insertText,
        insertTextRules: c.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        detail: c.detail,
        documentation: c.documentation ? { value: c.documentation } : undefined,
        range: rangeOf(model, c.replaceStart, c.replaceEnd),
        command: c.retrigger ? { id: 'editor.action.triggerSuggest', title: 'Suggest' } : undefined,
      })),
    };
  },
});

monaco.languages.registerHoverProvider('json', {
  async provideHover(model, position) {
    const hover = await policyHover(model.getValue(), model.getOffsetAt(position), bundledCatalog);
    return hover ? { contents: [{ value: hover.markdown }], range: rangeOf(model, hover.start, hover.end) } : null;
  },
});

monaco.languages.registerDocumentFormattingEditProvider('json', {
  provideDocumentFormattingEdits: (model) =>
    policyFormatEdits(model.getValue()).map((e) => ({
      range: rangeOf(model, e.offset, e.offset + e.length),
      text: e.content,
    })),
});

/** The configured Monaco namespace. */
export { monaco };
