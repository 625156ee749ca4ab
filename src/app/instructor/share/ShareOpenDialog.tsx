import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildScenario } from '../../../content/authored';
import { unplayable } from '../../../content/authored/playable';
import { LAB_START } from '../../../content/scenarios';
import { INSTRUCTOR_STRINGS } from '../../../i18n/areas/instructor';
import { addAreaStrings } from '../../../i18n/areas/register';
import { useAppStore } from '../../store';
import { docText } from '../authoring/library';
import { DocErrorMessage } from '../DocErrorMessage';
import { UnplayableText } from '../UnplayableText';
import { decodeShare, type OpenedShare } from './shareCodec';
import '../instructor.css';

/**
 * Takes an opened link into the lab: a mission the lab can play is played (listed, started, its checklist
 * live; it builds its own start world); otherwise the sharer's world when the link holds one, else a
 * scenario starts its world. Documents go into the authoring editor.
 */
function openPayload(payload: OpenedShare) {
  const state = useAppStore.getState();
  if (payload.scenario) state.setAuthorText('scenario', docText(payload.scenario));
  const mission = payload.mission?.mission;
  if (payload.mission) state.setAuthorText('mission', docText(payload.mission));
  if (mission && unplayable(mission) === null) state.playAuthoredMission(mission);
  else if (payload.builtWorld) state.startWorld(payload.builtWorld, 'share link');
  else if (payload.scenario)
    state.startWorld(buildScenario(payload.scenario, LAB_START), payload.scenario.id);
}

/**
 * The dialog a share link opens: what the link holds and a confirmation before the learner's world is
 * replaced, or why the link cannot be opened (and that nothing changed). Either way the hash is cleared, so
 * a reload does not ask again.
 */
export default function ShareOpenDialog({ encoded, onDone }: { encoded: string; onDone(): void }) {
  const { t, i18n } = useTranslation();
  // A learner following a link may never have opened the panel: its strings come with this chunk.
  addAreaStrings(i18n, INSTRUCTOR_STRINGS);
  const dialog = useRef<HTMLDialogElement>(null);
  const [decoded] = useState(() => decodeShare(encoded));
  const lang = i18n.language === 'en' ? 'en' : 'pt-BR';

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const close = (open: boolean) => {
    if (open && decoded.ok) openPayload(decoded.value);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    onDone();
  };

  const what = decoded.ok
    ? [
        decoded.value.scenario &&
          `${t('instructor.author.kinds.scenario')} “${decoded.value.scenario.title[lang]}”`,
        decoded.value.mission &&
          `${t('instructor.author.kinds.mission')} “${decoded.value.mission.mission.title[lang]}”`,
        decoded.value.builtWorld && t('instructor.share.worldPart'),
      ]
        .filter(Boolean)
        .join(', ')
    : '';

  return (
    <dialog
      ref={dialog}
      className="instructor-dialog"
      aria-labelledby="share-open-title"
      data-testid="share-open"
      onCancel={(event) => {
        event.preventDefault();
        close(false);
      }}
    >
      {decoded.ok ? (
        <>
          <h2 id="share-open-title">{t('instructor.share.openTitle')}</h2>
          <p>{t('instructor.share.openBody', { what })}</p>
          {decoded.value.mission && <UnplayableText mission={decoded.value.mission.mission} />}
          <div className="instructor-actions">
            <button type="button" className="button" onClick={() => close(true)}>
              {t('instructor.share.openConfirm')}
            </button>
            <button type="button" className="button" onClick={() => close(false)}>
              {t('instructor.share.openCancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="share-open-title">{t('instructor.share.badTitle')}</h2>
          <DocErrorMessage heading="" error={decoded.error} />
          <p>{t('instructor.share.badBody')}</p>
          <div className="instructor-actions">
            <button type="button" className="button" onClick={() => close(false)}>
              {t('instructor.share.dismiss')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
