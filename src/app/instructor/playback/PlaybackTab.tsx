import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEEDS, usePlaybackStore } from './playbackStore';
import { SCRIPT_MAX_CHARS } from './script';

/**
 * Playback of a command script for live demos: paste or load it, then step through it in the terminal
 * (each line typed visibly), back (undoing that step's change to the world), or play it at a speed.
 * The engine and its place live in `playbackStore`, so a playing script goes on while other tabs show.
 */
export default function PlaybackTab() {
  const { t } = useTranslation();
  const playback = usePlaybackStore();
  const { script, position, draft, busy, playing, speedIndex, next, previous, play, pause, load } = playback;
  const speed = SPEEDS[speedIndex] ?? 1;
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { script: useId(), speed: useId(), keys: useId() };
  const done = position >= script.steps.length;

  const loadFile = async (file: File) => {
    if (file.size > SCRIPT_MAX_CHARS)
      return setNotice(t('instructor.playback.fileTooLarge', { name: file.name }));
    const content = await file.text().catch(() => null);
    if (content === null) return setNotice(t('instructor.playback.fileUnreadable', { name: file.name }));
    load(content);
    setNotice(t('instructor.playback.loaded', { name: file.name }));
  };

  return (
    <div className="instructor-playback" data-testid="instructor-playback">
      <p>{t('instructor.playback.intro')}</p>
      <div className="instructor-author__grid">
        <div>
          <label htmlFor={ids.script}>{t('instructor.playback.script')}</label>
          <textarea
            id={ids.script}
            className="instructor-playback__text"
            rows={6}
            spellCheck={false}
            value={draft}
            onChange={(e) => playback.setDraft(e.target.value)}
          />
          <div className="instructor-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                load(draft);
                setNotice(null);
              }}
            >
              {t('instructor.playback.use')}
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              {t('instructor.playback.loadFile')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,.sh,text/plain"
              hidden
              data-testid="playback-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void loadFile(file);
              }}
            />
          </div>
          <p role="status" className="instructor-status">
            {notice}
            {script.dropped > 0 && ` ${t('instructor.playback.dropped', { count: script.dropped })}`}
          </p>
        </div>
        <div>
          <div className="instructor-actions" aria-describedby={ids.keys}>
            <button type="button" className="button" disabled={position === 0 || busy} onClick={previous}>
              {t('instructor.playback.previous')}
            </button>
            <button type="button" className="button" disabled={done || busy} onClick={() => void next()}>
              {t('instructor.playback.next')}
            </button>
            <button
              type="button"
              className="button"
              disabled={done && !playing}
              onClick={playing ? pause : () => void play()}
            >
              {playing ? t('instructor.playback.pause') : t('instructor.playback.play')}
            </button>
            <label htmlFor={ids.speed}>{t('instructor.playback.speed')}</label>
            <input
              id={ids.speed}
              type="range"
              min={0}
              max={SPEEDS.length - 1}
              step={1}
              value={speedIndex}
              aria-valuetext={`${speed}×`}
              onChange={(e) => playback.setSpeedIndex(Number(e.target.value))}
            />
            <span aria-hidden="true">{speed}×</span>
          </div>
          <p role="status" className="instructor-status" data-testid="playback-position">
            {t('instructor.playback.position', { done: position, total: script.steps.length })}
          </p>
          <ol className="instructor-playback__steps">
            {script.steps.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a script may repeat a line; its place is its identity
              <li key={`${i}:${step}`} aria-current={i === position ? 'step' : undefined}>
                <code>{step}</code>
                {i < position && (
                  <span className="visually-hidden"> {t('instructor.playback.stepDone')}</span>
                )}
              </li>
            ))}
          </ol>
          <p id={ids.keys} className="instructor-status">
            {t('instructor.playback.keys')}
          </p>
        </div>
      </div>
    </div>
  );
}
