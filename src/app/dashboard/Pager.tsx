import { useTranslation } from 'react-i18next';
import type { Page } from './paging';

/** Previous / next page, with where we are in words; `label` names what is paged (for screen readers). */
export function Pager({
  page,
  total,
  label,
  onPage,
}: {
  page: Page;
  total: number;
  label: string;
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  if (page.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        <span aria-hidden="true">‹ </span>
        {t('dashboard.pager.previous')}
      </button>
      <span className="pager__where">
        {t('dashboard.pager.range', { from: page.from + 1, to: page.to, total })}
      </span>
      <button type="button" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
        {t('dashboard.pager.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </nav>
  );
}
