import { Component, lazy, Suspense, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  backup: () => { fileName: string; text: string };
  /** Makes the next start open a new design, in case the saved one is what trips the bug. */
  startFresh: () => void;
};

/** Said while the full page loads, and instead of it if it cannot: never a blank page. */
function CrashedShort() {
  return (
    <main className="crashed" role="alert">
      <h1>Something went wrong</h1>
      <p>Your design was saved in this browser up to your last change: reload to get it back.</p>
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </main>
  );
}

// The full page (with the design to download) loads when it is needed, which is hardly ever.
const Crashed = lazy(() =>
  import('./Crashed').then(
    (m) => ({ default: m.Crashed }),
    () => ({ default: CrashedShort }),
  ),
);

/**
 * If a view ever crashes, the student sees what happened and can take their design away — never a
 * blank page. The autosave up to that moment is in the browser and reopens on reload.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Suspense fallback={<CrashedShort />}>
        <Crashed backup={this.props.backup} startFresh={this.props.startFresh} />
      </Suspense>
    );
  }
}
