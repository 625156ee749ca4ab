import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unplayable } from '../../content/authored/playable';
import type { Mission } from '../../content/missions/schema';

/** `children` (the way to play `mission`) when the lab can play it; else why not, in words. */
export function UnplayableText({ mission, children }: { mission: Mission; children?: ReactNode }) {
  const { t } = useTranslation();
  const problem = unplayable(mission);
  if (problem === null) return <>{children}</>;
  return (
    <p className="instructor-error" data-testid="mission-unplayable">
      {problem.code === 'shipped-id'
        ? t('instructor.author.shippedId', { id: problem.id })
        : t('instructor.author.unknownScenario', { scenario: problem.scenario })}
    </p>
  );
}
