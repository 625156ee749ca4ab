import { lazy, type ReactNode, Suspense } from 'react';
import type { INSTRUCTOR_STRINGS } from '../../i18n/areas/instructor';
import { ChaosTab } from './chaos/ChaosTab';

// The heavier tabs (zod, lz-string, Monaco) are chunks of their own, fetched when first opened.
const AuthorTab = lazy(() => import('./authoring/AuthorTab'));
const ShareTab = lazy(() => import('./share/ShareTab'));
const PlaybackTab = lazy(() => import('./playback/PlaybackTab'));
const ClassView = lazy(() => import('../grading/ClassView'));

function Loading() {
  return <p role="status">…</p>;
}

/** A key under `instructor.tabs` in the translations: the tab's visible name. */
export type InstructorTabLabelKey =
  `instructor.tabs.${keyof (typeof INSTRUCTOR_STRINGS)['pt-BR']['instructor']['tabs']}`;

/**
 * One tab of the instructor panel. To add a tab: a label under `instructor.tabs` in both languages, and one
 * entry in `INSTRUCTOR_TABS` (order there is order on screen). `render` is called only while the tab is
 * selected, so a tab may lazy-load what it needs (wrap it in `Suspense` then).
 */
export interface InstructorTab {
  /** Stable, lower-case with dashes: the DOM ids and the selected tab in the store are built from it. */
  id: string;
  labelKey: InstructorTabLabelKey;
  render(): ReactNode;
}

export const INSTRUCTOR_TABS: InstructorTab[] = [
  { id: 'chaos', labelKey: 'instructor.tabs.chaos', render: () => <ChaosTab /> },
  {
    id: 'author',
    labelKey: 'instructor.tabs.author',
    render: () => (
      <Suspense fallback={<Loading />}>
        <AuthorTab />
      </Suspense>
    ),
  },
  {
    id: 'share',
    labelKey: 'instructor.tabs.share',
    render: () => (
      <Suspense fallback={<Loading />}>
        <ShareTab />
      </Suspense>
    ),
  },
  {
    id: 'playback',
    labelKey: 'instructor.tabs.playback',
    render: () => (
      <Suspense fallback={<Loading />}>
        <PlaybackTab />
      </Suspense>
    ),
  },
  {
    id: 'class',
    labelKey: 'instructor.tabs.class',
    render: () => (
      <Suspense fallback={<Loading />}>
        <ClassView />
      </Suspense>
    ),
  },
];
