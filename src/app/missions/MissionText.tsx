import type { ReactNode } from 'react';
import { type Inline, parseInline, parseMissionText } from './missionText';

function renderInline(inline: Inline, key: number): ReactNode {
  if (inline.kind === 'text') return inline.text;
  if (inline.kind === 'code') return <code key={key}>{inline.text}</code>;
  const children = inline.children.map(renderInline);
  return inline.kind === 'strong' ? <strong key={key}>{children}</strong> : <em key={key}>{children}</em>;
}

/** A mission's text (briefing, hint, debrief) with its light Markdown, rendered without any raw HTML. */
export function MissionText({ text }: { text: string }) {
  return (
    <>
      {parseMissionText(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a fixed text, never reordered
          <p key={index}>{block.inlines.map(renderInline)}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a fixed text, never reordered
          <ul key={index}>
            {block.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items of a fixed text, never reordered
              <li key={i}>{item.map(renderInline)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** One line of mission text (a checklist label, a hint) without paragraphs. */
export function InlineText({ text }: { text: string }) {
  return <>{parseInline(text).map(renderInline)}</>;
}
