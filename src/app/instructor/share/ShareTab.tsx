import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionDoc, ScenarioDoc } from '../../../content/authored';
import { useAppStore } from '../../store';
import { browserStorage, initialText } from '../authoring/authorModel';
import { checkDocText } from '../authoring/library';
import { encodeShare, SHARE_MAX_ENCODED, sharePayload, shareUrl } from './shareCodec';
import { type WorldPart, worldPartFor } from './worldPart';

type Result =
  | { kind: 'no-world' }
  | { kind: 'link'; url: string; size: number }
  | { kind: 'too-large'; size: number }
  | { kind: 'need-doc' }
  | null;

/** Makes a share link from the authoring editor's documents, with its size and a copy button. */
export default function ShareTab() {
  const { t } = useTranslation();
  const texts = useAppStore((s) => s.authorTexts);
  const [withScenario, setWithScenario] = useState(true);
  const [withMission, setWithMission] = useState(false);
  const [withWorld, setWithWorld] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();

  const create = () => {
    setCopied(null);
    const storage = browserStorage();
    const parts: { scenario?: ScenarioDoc; mission?: MissionDoc; world?: WorldPart } = {};
    if (withScenario) {
      const checked = checkDocText('scenario', texts.scenario ?? initialText(storage, 'scenario'));
      if (!checked.ok) return setResult({ kind: 'need-doc' });
      parts.scenario = checked.value;
    }
    if (withMission) {
      const checked = checkDocText('mission', texts.mission ?? initialText(storage, 'mission'));
      if (!checked.ok) return setResult({ kind: 'need-doc' });
      parts.mission = checked.value;
    }
    if (withWorld) {
      const world = worldPartFor(useAppStore.getState().shell.world, parts.scenario);
      if (!world) return setResult({ kind: 'no-world' });
      parts.world = world;
    }
    if (!parts.scenario && !parts.mission && !parts.world) return setResult({ kind: 'need-doc' });
    const encoded = encodeShare(sharePayload(parts));
    setResult(
      encoded.ok
        ? { kind: 'link', url: shareUrl(window.location, encoded.encoded), size: encoded.encoded.length }
        : { kind: 'too-large', size: encoded.size },
    );
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
      (document.getElementById(linkId) as HTMLInputElement | null)?.select();
    }
  };

  return (
    <div className="instructor-share" data-testid="instructor-share">
      <p>{t('instructor.share.intro')}</p>
      <fieldset className="instructor-inline">
        <legend>{t('instructor.share.include')}</legend>
        <label>
          <input type="checkbox" checked={withScenario} onChange={(e) => setWithScenario(e.target.checked)} />{' '}
          {t('instructor.share.scenario')}
        </label>
        <label>
          <input type="checkbox" checked={withMission} onChange={(e) => setWithMission(e.target.checked)} />{' '}
          {t('instructor.share.mission')}
        </label>
        <label>
          <input type="checkbox" checked={withWorld} onChange={(e) => setWithWorld(e.target.checked)} />{' '}
          {t('instructor.share.world')}
        </label>
      </fieldset>
      <div className="instructor-actions">
        <button type="button" className="button" onClick={create}>
          {t('instructor.share.create')}
        </button>
      </div>
      {result?.kind === 'link' && (
        <div className="instructor-share__link">
          <label htmlFor={linkId}>{t('instructor.share.linkLabel')}</label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={result.url}
            data-testid="share-url"
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="button" onClick={() => void copy(result.url)}>
            {t('instructor.share.copy')}
          </button>
          <p className="instructor-status">
            {t('instructor.share.size', { size: result.size, max: SHARE_MAX_ENCODED })}
          </p>
        </div>
      )}
      <p role="status" className="instructor-status">
        {copied === 'yes' && t('instructor.share.copied')}
        {copied === 'failed' && t('instructor.share.copyFailed')}
        {result?.kind === 'too-large' &&
          t('instructor.share.tooLarge', { size: result.size, max: SHARE_MAX_ENCODED })}
        {result?.kind === 'need-doc' && t('instructor.share.needDoc')}
        {result?.kind === 'no-world' && t('instructor.share.noWorld')}
      </p>
    </div>
  );
}
