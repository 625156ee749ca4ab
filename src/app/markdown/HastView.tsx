import type { Element, ElementContent, Root, RootContent } from 'hast';
import { createElement, Fragment, type ReactNode } from 'react';

// The tags remark-rehype emits for GitHub-flavoured Markdown. Anything else renders as its children only:
// the tree comes from our own build step, and this keeps a hostile tree from smuggling in elements.
const ALLOWED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'em',
  'strong',
  'del',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'input',
  'sup',
  'section',
]);

/** Links may go to an anchor in the app (`#mission/…`), or to http(s); never `javascript:` and friends. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  return /^(#|https?:\/\/)/i.test(href) ? href : undefined;
}

export interface HastViewProps {
  tree: Root;
  /** Lets the host render some links itself (e.g. mission links as buttons). */
  renderLink?: (href: string, children: ReactNode, key: number) => ReactNode;
  /** Shifts heading levels so the document's `#` fits under the page's own headings. */
  headingOffset?: number;
}

interface RenderOptions {
  renderLink: HastViewProps['renderLink'];
  headingOffset: number;
}

function tagFor(tagName: string, headingOffset: number): string {
  const heading = /^h([1-6])$/.exec(tagName);
  return heading ? `h${Math.min(6, Number(heading[1]) + headingOffset)}` : tagName;
}

function props(element: Element, key: number): Record<string, unknown> {
  const p = element.properties ?? {};
  const out: Record<string, unknown> = { key };
  if (Array.isArray(p.className)) out.className = p.className.join(' ');
  if (typeof p.id === 'string') out.id = p.id;
  if (element.tagName === 'a') out.href = safeHref(p.href);
  if (element.tagName === 'input') {
    out.type = 'checkbox';
    out.checked = Boolean(p.checked);
    out.disabled = true;
    out.readOnly = true;
  }
  if ((element.tagName === 'td' || element.tagName === 'th') && typeof p.align === 'string') {
    out.style = { textAlign: p.align };
  }
  return out;
}

function renderNode(node: RootContent | ElementContent, key: number, options: RenderOptions): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  const { renderLink, headingOffset } = options;
  const children = node.children.map((child, i) => renderNode(child, i, options));
  if (!ALLOWED.has(node.tagName)) return createElement(Fragment, { key }, ...children);
  const href = node.tagName === 'a' ? safeHref(node.properties?.href) : undefined;
  if (href && renderLink) return renderLink(href, children, key);
  const voidTag = node.tagName === 'hr' || node.tagName === 'br' || node.tagName === 'input';
  const tag = tagFor(node.tagName, headingOffset);
  return voidTag ? createElement(tag, props(node, key)) : createElement(tag, props(node, key), ...children);
}

/** Renders a pre-parsed Markdown tree (HTML syntax tree) as React elements. */
export function HastView({ tree, renderLink, headingOffset = 0 }: HastViewProps) {
  const options = { renderLink, headingOffset };
  return createElement(Fragment, null, ...tree.children.map((node, i) => renderNode(node, i, options)));
}
