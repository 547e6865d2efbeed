import type { Exercise } from '@/engine';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { useDocuments } from '@/persist/DocumentsContext';
import { downloadText } from '@/persist/files';
import { cleanName, handInFile, rememberedName, rememberName } from '@/persist/handIn';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useId, useMemo, useState } from 'react';
import './dialogs-extra.css';

/**
 * Handing in: the student's name (asked the first time, remembered in this browser and editable
 * after), then their design as a file that records who made it and for which exercise, named
 * after both. Always possible, goals met or not: a stuck student hands in too, and is told kindly.
 */
export function HandInDialog({ exercise }: { exercise: Exercise }) {
  const { store, reports } = useSandboxApi();
  const documents = useDocuments();
  const design = useSandbox((s) => s.presentation?.full ?? s.design);
  const close = store.getState().closeDialog;
  const [known] = useState(() => rememberedName(documents.storage));
  const [name, setName] = useState(known);
  const [sent, setSent] = useState<string | undefined>(undefined);
  const hintId = useId();
  const progress = useMemo(
    () => checkExercise(exercise, design, reports.get(design)),
    [exercise, design, reports],
  );
  const clean = cleanName(name);
  const file = clean ? handInFile(design, clean, exercise) : undefined;
  const handIn = () => {
    if (!file) return;
    rememberName(documents.storage, clean);
    downloadText(file.fileName, file.text);
    setSent(file.fileName);
    store.getState().announce(`Downloaded ${file.fileName}. Give this file to your teacher.`);
  };
  return (
    <Dialog title="Hand in your work" onClose={close} className="hand-in-dialog">
      {progress.complete ? (
        <p>
          <span aria-hidden="true">★ </span>Every goal is met. Well done!
        </p>
      ) : (
        <p>
          {progress.met} of {progress.total} goals are met so far. That is fine: hand in what you
          have, and your teacher will see how far you got. You can keep working and hand in again
          later.
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          handIn();
        }}
      >
        <label className="field">
          {known ? 'Your name' : 'What is your name?'}
          <input
            value={name}
            dir="auto"
            autoComplete="name"
            required
            aria-describedby={hintId}
            onChange={(e) => {
              setName(e.target.value);
              setSent(undefined);
            }}
          />
        </label>
        <p id={hintId} className="small muted">
          Your teacher sees it on your hand-in. This browser remembers it for next time.
        </p>
        {file && !sent && (
          <p className="small">
            The file will be called <code className="file-name">{file.fileName}</code>.
          </p>
        )}
        {sent && (
          <p role="status" className="hand-in-sent">
            <span aria-hidden="true">✔ </span>Saved as <code className="file-name">{sent}</code> in
            your downloads. Give this file to your teacher.
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={!file}>
            {sent ? 'Download again' : 'Download my hand-in'}
          </button>
          <button type="button" onClick={close}>
            {sent ? 'Done' : 'Cancel'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
