import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocKind } from '../../../content/authored';
import { useResolvedTheme } from '../../settings/useTheme';
import { useAppStore } from '../../store';
import { DocErrorMessage } from '../DocErrorMessage';
import { AuthorActions } from './AuthorActions';
import { AuthorPreview } from './AuthorPreview';
import { browserStorage, initialText } from './authorModel';
import { checkDocText } from './library';

const JsonDocEditor = lazy(() => import('./JsonDocEditor'));
const KINDS: readonly DocKind[] = ['scenario', 'mission'];

/**
 * Authoring: a scenario or a mission as JSON in Monaco (schema markers and completion), checked again with
 * the zod schema (which also knows cross-field rules such as unique hostnames), a live preview, and the
 * document's save, open, export, import and use.
 */
export default function AuthorTab() {
  const { t } = useTranslation();
  const kind = useAppStore((s) => s.authorKind);
  const setKind = useAppStore((s) => s.setAuthorKind);
  const stored = useAppStore((s) => s.authorTexts[kind]);
  const setText = useAppStore((s) => s.setAuthorText);
  const presenter = useAppStore((s) => s.settings.presenter);
  const theme = useResolvedTheme();
  const kindName = useId();

  useEffect(() => {
    if (stored === null) setText(kind, initialText(browserStorage(), kind));
  }, [stored, kind, setText]);

  const text = stored ?? '';
  // Checking and previewing wait for a pause in typing; the editor itself never waits.
  const deferred = useDeferredValue(text);
  const checked = useMemo(() => checkDocText(kind, deferred), [kind, deferred]);

  return (
    <div className="instructor-author" data-testid="instructor-author">
      <p>{t('instructor.author.intro')}</p>
      <fieldset className="instructor-inline">
        <legend>{t('instructor.author.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name={kindName} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t(`instructor.author.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="instructor-author__grid">
        <div className="instructor-editor">
          {stored !== null && (
            <Suspense fallback={<p role="status">{t('instructor.author.loadingEditor')}</p>}>
              <JsonDocEditor
                kind={kind}
                text={text}
                label={t('instructor.author.editorLabel')}
                theme={theme}
                fontSize={presenter ? 18 : 13}
                onChange={(next) => setText(kind, next)}
              />
            </Suspense>
          )}
        </div>
        <div className="instructor-author__side">
          <AuthorActions kind={kind} text={text} checked={checked} onText={(next) => setText(kind, next)} />
          <div aria-live="polite">
            {checked.ok ? (
              <p className="instructor-ok" data-testid="doc-valid">
                {t('instructor.author.valid')}
              </p>
            ) : (
              deferred.trim() !== '' && (
                <DocErrorMessage heading={t('instructor.author.invalid')} error={checked.error} />
              )
            )}
          </div>
          {checked.ok && <AuthorPreview doc={checked.value} />}
        </div>
      </div>
    </div>
  );
}
