import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, today } from '../files/download';
import { useAppStore } from '../store';
import { ClassTableView } from './ClassTableView';
import { classCsv } from './classCsv';
import { type FileLike, importClassFiles } from './classImport';
import { useClassStore } from './classStore';
import { buildClassTable, filterRows, sortRows } from './classTable';
import { problemText } from './problemText';
import './grading.css';

/** Reads the chosen or dropped files into the class; each bad file is reported and the others go on. */
async function addFiles(files: readonly FileLike[]): Promise<void> {
  const store = useClassStore.getState();
  if (files.length === 0 || store.reading) return;
  store.setReading({ done: 0, total: files.length });
  const taken = new Set([...store.files.map((f) => f.fileName), ...store.refused.map((f) => f.fileName)]);
  const result = await importClassFiles(files, taken, (done, total) => store.setReading({ done, total }));
  useClassStore.getState().addImport(result.accepted, result.refused);
}

/**
 * The class view (instructor panel): import many learners' session files (chooser or drag and drop), see
 * missions × learners, sort by any column, find learners by name or file, export the whole class as CSV.
 * Nothing leaves the browser.
 */
export function ClassView() {
  const { t, i18n } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const { files, refused, reading, lastImport, sort, setSort, query, setQuery, clear } = useClassStore();
  const findId = useId();
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The instructor's own mission (authored in this browser) gets a column when learners played it.
  const authored = useAppStore((s) => s.authoredMission);
  const own = useMemo(() => (authored ? [{ id: authored.id, title: authored.title }] : []), [authored]);
  const table = useMemo(() => buildClassTable(files, own), [files, own]);
  const rows = useMemo(() => sortRows(table.rows, sort), [table, sort]);
  // Only the table shows the learners found; the CSV keeps the whole class.
  const shown = useMemo(() => filterRows(rows, query), [rows, query]);

  const exportCsv = () =>
    downloadText(
      `driftlab-turma-${today()}.csv`,
      'text/csv',
      classCsv(table, rows, i18n.getFixedT(locale), locale),
    );

  return (
    <div className="class-view" data-testid="class-view">
      <p>{t('grading.class.intro')}</p>
      <div className="class-toolbar">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is extra; the button does the same by keyboard */}
        <div
          className={`class-drop${dragging ? ' is-dragging' : ''}`}
          data-testid="class-drop"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void addFiles([...event.dataTransfer.files]);
          }}
        >
          <button
            type="button"
            className="button button--primary"
            disabled={reading !== null}
            onClick={() => input.current?.click()}
          >
            {t('grading.class.choose')}
          </button>
          <span>{t('grading.class.drop')}</span>
          <input
            ref={input}
            type="file"
            multiple
            accept=".json,application/json"
            hidden
            data-testid="class-files"
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])];
              event.target.value = '';
              void addFiles(chosen);
            }}
          />
        </div>
        {(files.length > 0 || refused.length > 0) && (
          <div className="grading-buttons">
            {rows.length > 0 && (
              <button type="button" className="button" onClick={exportCsv}>
                {t('grading.class.exportCsv')}
              </button>
            )}
            <button type="button" className="button" onClick={clear}>
              {t('grading.class.clear')}
            </button>
          </div>
        )}
      </div>
      <p role="status" className="grading-message" data-testid="class-status">
        {reading
          ? t('grading.class.reading', { done: reading.done, count: reading.total })
          : lastImport && t('grading.class.result', lastImport)}
      </p>
      {refused.length > 0 && (
        <section className="class-report" aria-labelledby="class-refused">
          <h3 id="class-refused">{t('grading.class.problemsHeading')}</h3>
          <ul data-testid="class-refused">
            {refused.map((r) => (
              <li key={r.fileName}>{problemText(t, r.fileName, r.problem, 'session')}</li>
            ))}
          </ul>
        </section>
      )}
      {table.duplicates.length > 0 && (
        <section className="class-report" aria-labelledby="class-duplicates">
          <h3 id="class-duplicates">{t('grading.class.duplicatesHeading')}</h3>
          <ul data-testid="class-duplicates">
            {table.duplicates.map((d) => (
              <li key={d.fileName}>
                {t('grading.problems.duplicate', { file: d.fileName, kept: d.keptFileName })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {table.unknownMissions > 0 && (
        <p>{t('grading.class.unknownMissions', { count: table.unknownMissions })}</p>
      )}
      {rows.length === 0 ? (
        <p>{t('grading.class.empty')}</p>
      ) : (
        <>
          <div className="grading-field">
            <label htmlFor={findId}>{t('grading.class.find')}</label>
            <input
              id={findId}
              type="search"
              value={query}
              data-testid="class-find"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {shown.length === 0 ? (
            <p role="status">{t('grading.class.noMatch', { query: query.trim() })}</p>
          ) : (
            <ClassTableView table={table} rows={shown} sort={sort} locale={locale} onSort={setSort} />
          )}
        </>
      )}
    </div>
  );
}

export default ClassView;
