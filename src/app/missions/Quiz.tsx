import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fill, type Localized, type MissionVars, missionProgress, type QuizQuestion } from '../../content';
import { useAppStore } from '../store';
import { InlineText } from './MissionText';

interface QuestionProps {
  question: QuizQuestion;
  index: number;
  vars: MissionVars;
}

function Question({ question, index, vars }: QuestionProps) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  // Questions may name the learner's own hosts and versions.
  const say = (text: Localized) => fill(text[locale], vars);
  const name = useId();
  // Saved with the mission's progress, so an answer is still there after a reload.
  const chosen = useAppStore((s) => {
    const { active } = s.missionProgress;
    return active === null ? null : (missionProgress(s.missionProgress, active).quizAnswers?.[index] ?? null);
  });
  const answer = useAppStore((s) => s.answerQuiz);
  const right = chosen !== null && question.options[chosen]?.correct === true;
  return (
    <fieldset className="quiz__question" data-testid={`quiz-question-${index}`}>
      <legend>
        {index + 1}. <InlineText text={say(question.question)} />
      </legend>
      {question.options.map((option, i) => (
        <label key={option.text.en} className="quiz__option">
          <input type="radio" name={name} checked={chosen === i} onChange={() => answer(index, i)} />{' '}
          <InlineText text={say(option.text)} />
        </label>
      ))}
      <p role="status" className={right ? 'quiz__verdict is-right' : 'quiz__verdict'}>
        {chosen === null ? '' : right ? `✓ ${t('missions.quiz.correct')}` : `✗ ${t('missions.quiz.wrong')}`}
      </p>
      {chosen !== null && (
        <ul className="quiz__explanations">
          {question.options.map((option, i) => (
            <li key={option.text.en} className={option.correct ? 'is-right' : undefined}>
              <strong>
                {option.correct ? t('missions.quiz.right') : t('missions.quiz.notRight')}
                {i === chosen ? ` (${t('missions.quiz.yourChoice')})` : ''}:
              </strong>{' '}
              <InlineText text={say(option.text)} /> — <InlineText text={say(option.explanation)} />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The mission's quiz: choosing an answer says whether it is right and explains every option. */
export function Quiz({ questions, vars }: { questions: readonly QuizQuestion[]; vars: MissionVars }) {
  const { t } = useTranslation();
  return (
    <section className="mission-section" aria-labelledby="mission-quiz-title">
      <h4 id="mission-quiz-title">{t('missions.quiz.title')}</h4>
      {questions.map((question, index) => (
        <Question key={question.question.en} question={question} index={index} vars={vars} />
      ))}
    </section>
  );
}
