import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ClassTableView } from './ClassTableView';
import { buildClassTable, sortRows } from './classTable';
import { sampleSession } from './testkit';

const i18n = initI18n('en');
const files = Array.from({ length: 500 }, (_, i) => ({
  fileName: `l${i}.json`,
  session: sampleSession(`Learner ${String(i).padStart(3, '0')}`, i + 1),
}));

function render(count: number): string {
  const table = buildClassTable(files.slice(0, count));
  const rows = sortRows(table.rows, { column: 'name', direction: 'descending' });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ClassTableView
        table={table}
        rows={rows}
        sort={{ column: 'name', direction: 'descending' }}
        locale="en"
        onSort={() => {}}
      />
    </I18nextProvider>,
  );
}

describe('the class table view', () => {
  it('draws a screenful of 500 learners, and tells assistive technology where they are in the whole', () => {
    const html = render(500);
    expect(html).toContain('aria-rowcount="501"');
    const indexes = [...html.matchAll(/<tr[^>]*aria-rowindex="(\d+)"/g)].map((m) => Number(m[1]));
    // The header is row 1; the first learners follow, in the order shown.
    expect(indexes[0]).toBe(1);
    expect(indexes.slice(1, 4)).toEqual([2, 3, 4]);
    expect(indexes.length).toBeLessThan(40);
    expect(html).toContain('Learner 499');
    expect(html).not.toContain('Learner 000');
    // The rows not drawn keep their height in one hidden spacer row below.
    expect(html).toMatch(
      /<tr aria-hidden="true" class="class-spacer"><td colSpan="\d+" style="height:\d+px">/,
    );
  });

  it('draws every learner of a small class, with no spacer', () => {
    const html = render(3);
    expect([...html.matchAll(/aria-rowindex="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect(html).not.toContain('class-spacer');
  });
});
