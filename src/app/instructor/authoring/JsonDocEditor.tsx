import { useEffect, useRef } from 'react';
import type { DocKind } from '../../../content/authored';
import { monacoTheme, paneEditorOptions } from '../../editor/MonacoFileEditor';
import { DOC_URIS, monaco } from './monacoJson';

export interface JsonDocEditorProps {
  kind: DocKind;
  text: string;
  label: string;
  theme: 'light' | 'dark';
  fontSize: number;
  onChange(text: string): void;
}

/**
 * Monaco on one JSON document, with the schema of its kind (inline markers, completion on Ctrl+Space).
 * Text set from outside (an import, a reset) replaces the model's when it differs from what was typed.
 */
export default function JsonDocEditor({ kind, text, label, theme, fontSize, onChange }: JsonDocEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ReturnType<typeof monaco.editor.create> | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // biome-ignore lint/correctness/useExhaustiveDependencies: one editor per kind of document; text, label, theme and size are updated below
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const uri = monaco.Uri.parse(DOC_URIS[kind]);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'json', uri);
    if (model.getValue() !== text) model.setValue(text);
    const editor = monaco.editor.create(element, {
      model,
      ...paneEditorOptions(label, theme, fontSize),
      tabSize: 2,
      // Property names are strings in JSON: suggest inside strings, as VS Code does for JSON files.
      quickSuggestions: { other: true, comments: false, strings: true },
      // Tab moves focus out of the editor until the instructor toggles it (Ctrl+M): no keyboard trap.
      tabFocusMode: true,
    });
    const subscription = model.onDidChangeContent(() => changed.current(model.getValue()));
    editorRef.current = editor;
    return () => {
      subscription.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, [kind]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== text) model.setValue(text);
  }, [text]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label, fontSize });
  }, [label, fontSize]);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  return <div className="instructor-editor__monaco" ref={host} data-testid="author-editor" />;
}
