import { useEffect, useRef } from 'react';
import type { DiffRequest } from '../store/dashboardSlice';
import { languageFor } from './editorModel';
import { monacoTheme } from './MonacoFileEditor';
import { monaco } from './monaco';

export interface MonacoDiffEditorProps {
  request: DiffRequest;
  /** Accessible names of the two sides: Monaco's inner editors need them set after mount (axe). */
  expectedLabel: string;
  actualLabel: string;
  theme: 'light' | 'dark';
  fontSize: number;
  /** Side by side when there is room, else one column. */
  sideBySide: boolean;
}

/** Monaco's diff editor, read-only: the desired content on the left, what the server has on the right. */
export default function MonacoDiffEditor(props: MonacoDiffEditorProps) {
  const { request, expectedLabel, actualLabel, theme, fontSize, sideBySide } = props;
  const host = useRef<HTMLDivElement>(null);
  const diffRef = useRef<ReturnType<typeof monaco.editor.createDiffEditor> | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one diff editor per request; labels, theme and size are updated below
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const language = languageFor(request.path, request.expected);
    const original = monaco.editor.createModel(request.expected, language);
    const modified = monaco.editor.createModel(request.actual, language);
    const diff = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // Long lines wrap: nothing to scroll sideways in a narrow pane (WCAG reflow).
      wordWrap: 'on',
      renderSideBySide: sideBySide,
      useInlineViewWhenSpaceIsLimited: true,
      theme: monacoTheme(theme),
      fontSize,
      fixedOverflowWidgets: true,
    });
    diff.setModel({ original, modified });
    diff.getOriginalEditor().updateOptions({ ariaLabel: expectedLabel });
    diff.getModifiedEditor().updateOptions({ ariaLabel: actualLabel });
    diffRef.current = diff;
    diff.getModifiedEditor().focus();
    return () => {
      diffRef.current = null;
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [request]);

  useEffect(() => {
    const diff = diffRef.current;
    if (!diff) return;
    diff.updateOptions({ renderSideBySide: sideBySide });
    diff.getOriginalEditor().updateOptions({ ariaLabel: expectedLabel, fontSize });
    diff.getModifiedEditor().updateOptions({ ariaLabel: actualLabel, fontSize });
  }, [expectedLabel, actualLabel, fontSize, sideBySide]);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  return <div className="diff-editor__monaco" ref={host} data-testid="monaco-diff" />;
}
