import type { Design, Exercise } from '@/engine';
import { isolate } from '@/engine/parse/isolate';
import { useDocuments } from '@/persist/DocumentsContext';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { openExercise, openNew } from '@/persist/opening';

/** A share link was opened: ask before switching; the student's own design is kept either way. */
export function OpenLinkDialog({
  design,
  readOnly,
  exercise,
}: {
  design: Design;
  readOnly: boolean;
  exercise?: Exercise | undefined;
}) {
  const { store } = useSandboxApi();
  const documents = useDocuments();
  const current = useSandbox((s) => s.design.name);
  const close = store.getState().closeDialog;
  const open = () => {
    close();
    if (exercise) return openExercise(documents, exercise, ' from a link');
    openNew(
      documents,
      design,
      readOnly
        ? `Opened “${isolate(design.name)}” from a view-only link`
        : `Opened “${isolate(design.name)}” from a link`,
      { readOnly },
    );
  };
  return (
    <Dialog
      title={exercise ? 'Start the shared exercise?' : 'Open the shared design?'}
      onClose={close}
    >
      <p>
        {exercise ? (
          <>
            The link holds the exercise{' '}
            <strong>
              “<bdi>{exercise.title}</bdi>”
            </strong>{' '}
            ({exercise.goals.length} goals).
          </>
        ) : (
          <>
            The link holds{' '}
            <strong>
              “<bdi>{design.name}</bdi>”
            </strong>{' '}
            ({design.blocks.length} blocks
            {readOnly ? ', view only' : ''}).
          </>
        )}{' '}
        Your design “<bdi>{current}</bdi>” stays in My designs either way.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={open}>
          {exercise ? 'Start it' : `Open it${readOnly ? ' (view only)' : ''}`}
        </button>
        <button type="button" onClick={close}>
          Not now
        </button>
      </div>
    </Dialog>
  );
}
