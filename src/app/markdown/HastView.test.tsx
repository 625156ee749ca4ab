import type { Root } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../../scripts/markdownToHast';
import { HastView, safeHref } from './HastView';

function html(markdown: string): string {
  return renderToStaticMarkup(<HastView tree={markdownToHast(markdown)} />);
}

describe('HastView', () => {
  it('renders headings, lists, code and tables from Markdown', () => {
    const out = html('## Título\n\n- **a** `b`\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\n```bash\nls\n```\n');
    expect(out).toContain('<h2>Título</h2>');
    expect(out).toContain('<strong>a</strong> <code>b</code>');
    expect(out).toContain('<td style="text-align:right">2</td>');
    expect(out).toContain('<pre><code class="language-bash">ls\n</code></pre>');
  });

  it('never lets raw HTML or script links through', () => {
    const out = html(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](#mission/a)',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('<a href="#mission/a">y</a>');
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeUndefined();
  });

  it('drops elements outside the allowed set but keeps their text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'iframe', properties: {}, children: [{ type: 'text', value: 'hi' }] },
      ],
    };
    expect(renderToStaticMarkup(<HastView tree={tree} />)).toBe('hi');
  });

  it('shifts heading levels under the page’s own headings', () => {
    const out = renderToStaticMarkup(<HastView tree={markdownToHast('# A\n\n## B')} headingOffset={2} />);
    expect(out).toBe('<h3>A</h3>\n<h4>B</h4>');
  });

  it('lets the host render links', () => {
    const tree = markdownToHast('[go](#mission/x)');
    const out = renderToStaticMarkup(
      <HastView
        tree={tree}
        renderLink={(href, children, key) => (
          <button type="button" key={key} data-href={href}>
            {children}
          </button>
        )}
      />,
    );
    expect(out).toBe('<p><button type="button" data-href="#mission/x">go</button></p>');
  });
});
