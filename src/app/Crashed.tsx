/**
 * What a student sees when a view crashed: what happened, their design to take away, and two
 * ways back. The autosave up to that moment is in the browser and reopens on reload.
 */
export function Crashed({
  backup,
  startFresh,
}: {
  backup: () => { fileName: string; text: string };
  /** Makes the next start open a new design, in case the saved one is what trips the bug. */
  startFresh: () => void;
}) {
  const download = () => {
    const { fileName, text } = backup();
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
            startFresh();
            location.reload();
          }}
        >
          Reload with a new design
        </button>
      </p>
    </main>
  );
}
