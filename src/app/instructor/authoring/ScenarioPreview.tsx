import { useTranslation } from 'react-i18next';
import type { ScenarioDoc } from '../../../content/authored';
import { StateBadge } from '../../dashboard/StateBadge';
import type { PreviewRow } from './preview';

export interface ScenarioPreviewProps {
  doc: ScenarioDoc;
  preview: { rows: PreviewRow[] };
}

/**
 * The fleet a scenario document describes, as the lab will start it: each server with its role, environment,
 * address and state (colour, icon and word, like the dashboard). Every text is a React text node, so markup
 * in a title or a name is shown as written, never interpreted.
 */
export function ScenarioPreview({ doc, preview }: ScenarioPreviewProps) {
  const { t, i18n } = useTranslation();
  const title = i18n.language === 'en' ? doc.title.en : doc.title['pt-BR'];
  return (
    <section className="instructor-preview" aria-labelledby="instructor-preview-title">
      <h3 id="instructor-preview-title">{t('instructor.author.previewTitle', { title })}</h3>
      <table className="instructor-preview__table">
        <caption className="visually-hidden">{t('instructor.author.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('instructor.author.host')}</th>
            <th scope="col">{t('instructor.author.role')}</th>
            <th scope="col">{t('instructor.author.env')}</th>
            <th scope="col">{t('instructor.author.ip')}</th>
            <th scope="col">{t('instructor.author.state')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.hostname}>
              <th scope="row">{row.hostname}</th>
              <td>{t(`dashboard.roles.${row.role as 'web'}`)}</td>
              <td>{row.env}</td>
              <td>{row.ip}</td>
              <td>{row.view ? <StateBadge state={row.view.state} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
