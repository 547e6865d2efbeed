import { Canvas } from '@/canvas/Canvas';
import { CostsPanel } from '@/panels/costs/CostsPanel';
import { Dialogs } from '@/panels/dialogs/Dialogs';
import { Inspector } from '@/panels/inspector/Inspector';
import { DragGhost } from '@/panels/palette/DragGhost';
import { Palette } from '@/panels/palette/Palette';
import { ProblemsPanel } from '@/panels/problems/ProblemsPanel';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { useState } from 'react';
import './app.css';
import { LiveRegion } from './LiveRegion';
import { RefusalToast } from './RefusalToast';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';

/** The editor: palette | canvas over problems | inspector and costs. */
export function App() {
  const sandbox = useSandboxApi();
  const theme = useSandbox((s) => s.theme);
  const [drawer, setDrawer] = useState<'none' | 'palette' | 'side'>('none');
  useShortcuts(sandbox);
  return (
    <div className="app" data-theme={theme} data-drawer={drawer}>
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
          <Canvas />
          <ProblemsPanel />
        </div>
        <aside className="side" aria-label="Details" tabIndex={0}>
          <Inspector />
          <CostsPanel />
        </aside>
      </main>
      <RefusalToast />
      <DragGhost />
      <Dialogs />
      <LiveRegion />
    </div>
  );
}
