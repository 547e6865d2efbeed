import { Canvas } from '@/canvas/Canvas';
import { CostsPanel } from '@/panels/costs/CostsPanel';
import { Inspector } from '@/panels/inspector/Inspector';
import { DragGhost } from '@/panels/palette/DragGhost';
import { Palette } from '@/panels/palette/Palette';
import { ProblemsPanel } from '@/panels/problems/ProblemsPanel';
import { useDocuments } from '@/persist/DocumentsContext';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { lazy, Suspense, useState } from 'react';
import { LiveRegion } from './LiveRegion';
import { TopBar } from './TopBar';
import { useNeedsBanner } from './useNeedsBanner';
import { usePageInput } from './usePageInput';
import { usePwaUpdates } from './usePwaUpdates';
import { useSharedLinks } from './useSharedLinks';
// Last: narrow screens and presenting rearrange what the components' own styles laid out.
import './narrow.css';
import './presenting.css';

// Dialogs are only needed on demand: they load on first use and stay out of the first download.
const Dialogs = lazy(() =>
  import('@/panels/dialogs/Dialogs').then((m) => ({ default: m.Dialogs })),
);
// Banners too: most of the time there is nothing to tell, so they load when there is.
const Banners = lazy(() => import('./Banners').then((m) => ({ default: m.Banners })));
// And the exercise panel with its goal checks, only when the design is an exercise.
const ExercisePanel = lazy(() =>
  import('@/panels/exercise/ExercisePanel').then((m) => ({ default: m.ExercisePanel })),
);
// And Guided mode's refusal, only once something was refused.
const RefusalToast = lazy(() =>
  import('./RefusalToast').then((m) => ({ default: m.RefusalToast })),
);
const PresenterBar = lazy(() =>
  import('./PresenterBar').then((m) => ({ default: m.PresenterBar })),
);

/** The editor: palette | canvas over problems | inspector and costs. */
export function App() {
  const sandbox = useSandboxApi();
  const theme = useSandbox((s) => s.theme);
  const presenting = useSandbox((s) => s.presentation !== undefined);
  const focus = useSandbox((s) => s.focusCanvas);
  const exercise = useSandbox((s) => s.exercise);
  const refused = useSandbox((s) => s.refusal !== undefined);
  const [drawer, setDrawer] = useState<'none' | 'palette' | 'side'>('none');
  const documents = useDocuments();
  useSharedLinks(documents, sandbox);
  usePwaUpdates(documents);
  const dropping = usePageInput(documents, sandbox);
  const banners = useNeedsBanner();
  return (
    <div
      className="app"
      data-theme={theme}
      data-drawer={drawer}
      data-focus={focus || presenting ? 'canvas' : undefined}
    >
      <TopBar />
      <div className="drawer-toggles">
        <button
          type="button"
          aria-expanded={drawer === 'palette'}
          onClick={() => setDrawer(drawer === 'palette' ? 'none' : 'palette')}
        >
          Blocks
        </button>
        <button
          type="button"
          aria-expanded={drawer === 'side'}
          onClick={() => setDrawer(drawer === 'side' ? 'none' : 'side')}
        >
          Inspector &amp; costs
        </button>
      </div>
      <main className="workspace">
        <Palette />
        <div className="center">
          {banners && (
            <Suspense fallback={null}>
              <Banners />
            </Suspense>
          )}
          <Canvas />
          <ProblemsPanel />
        </div>
        <aside className="side" aria-label="Details" tabIndex={0}>
          {exercise && (
            <Suspense fallback={null}>
              <ExercisePanel exercise={exercise} />
            </Suspense>
          )}
          <Inspector />
          <CostsPanel />
        </aside>
      </main>
      {presenting && (
        <Suspense fallback={null}>
          <PresenterBar />
        </Suspense>
      )}
      {refused && (
        <Suspense fallback={null}>
          <RefusalToast />
        </Suspense>
      )}
      <DragGhost />
      <Suspense fallback={null}>
        <Dialogs />
      </Suspense>
      <LiveRegion />
      {dropping && (
        <div className="file-drop" aria-hidden="true">
          Drop a design file to open it as a new design
        </div>
      )}
    </div>
  );
}
