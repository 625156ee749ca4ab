import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useAppStore } from '../store';
import { safeStorage } from '../store/settings';
import { PANE_TITLE_KEYS, Pane, type PaneId } from './panes';

/** Where the pane sizes are remembered (one layout per set of panes: presenter mode shows missions, no lesson). */
export const LAYOUT_ID = 'driftlab-panes';

const DEFAULT_SIZE: Record<PaneId, string> = {
  lesson: '25%',
  missions: '24%',
  terminal: '43%',
  dashboard: '32%',
};
const MIN_SIZE: Record<PaneId, string> = {
  lesson: '14%',
  missions: '14%',
  terminal: '24%',
  dashboard: '18%',
};

/** Side by side, resizable by mouse or keyboard (the separators take arrow keys), sizes remembered. */
export function WideLayout() {
  const { t } = useTranslation();
  const presenter = useAppStore((s) => s.settings.presenter);
  const ids: PaneId[] = presenter
    ? ['missions', 'terminal', 'dashboard']
    : ['lesson', 'terminal', 'dashboard'];
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: LAYOUT_ID,
    panelIds: ids,
    storage: safeStorage,
  });
  return (
    <main className="workbench">
      <Group
        className="workbench__group"
        orientation="horizontal"
        defaultLayout={defaultLayout}
        onLayoutChanged={onLayoutChanged}
      >
        {ids.flatMap((id, index) => {
          const panel = (
            <Panel
              key={id}
              id={id}
              className="workbench__panel"
              defaultSize={presenter && id === 'terminal' ? '46%' : DEFAULT_SIZE[id]}
              minSize={MIN_SIZE[id]}
            >
              <Pane id={id} />
            </Panel>
          );
          const before = ids[index - 1];
          if (!before) return [panel];
          return [
            <Separator
              key={`${before}-${id}`}
              id={`resize-${before}-${id}`}
              className="workbench__separator"
              aria-label={t('layout.resize', {
                before: t(PANE_TITLE_KEYS[before]),
                after: t(PANE_TITLE_KEYS[id]),
              })}
            />,
            panel,
          ];
        })}
      </Group>
    </main>
  );
}
