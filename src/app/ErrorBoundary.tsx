import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  backup: () => { fileName: string; text: string };
  /** Makes the next start open a new design, in case the saved one is what trips the bug. */
  startFresh: () => void;
};

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
    const download = () => {
      const { fileName, text } = this.props.backup();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      URL.revokeObjectURL(url);
    };
    return (
      <main className="crashed" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Stack Sandbox hit a problem it did not expect. Your design was saved in this browser up to
          your last change and comes back when you reload. If the problem comes back, reload with a
          new design: yours stays in My designs.
        </p>
        <p>
          <button type="button" onClick={download}>
            Download your design
          </button>{' '}
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              this.props.startFresh();
              location.reload();
            }}
          >
            Reload with a new design
          </button>
        </p>
      </main>
    );
  }
}
