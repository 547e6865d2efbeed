import { formatCount, type EncodedLink, type Exercise } from '@/engine';
import { downloadText } from '@/persist/files';
import { exerciseFile, type Audience } from '@/persist/handIn';
import { useSandboxApi } from '@/store/SandboxContext';
import { useState } from 'react';

/** Prints a worksheet or an answer key (the print sheets load on demand). */
export function printExercise(exercise: Exercise, kind: 'worksheet' | 'answer-key') {
  void import('@/panels/exercise/printSheets').then((m) => m.printSheet(exercise, kind));
}

/** Downloads an exercise for students (no answer key) or for the teacher (with it). */
export function saveExercise(
  exercise: Exercise,
  audience: Audience,
  announce: (t: string) => void,
) {
  const { fileName, text } = exerciseFile(exercise, audience);
  downloadText(fileName, text);
  announce(`Downloaded ${fileName}.`);
}

/**
 * The two ways an exercise leaves the teacher, side by side so the difference is plain: for
 * students (a link or a file, without the answer key and notes) and for the teacher (a file that
 * keeps them, to edit and print later).
 */
export function ExerciseExports({
  exercise,
  disabled = false,
}: {
  /** Made when asked for: the dialog's current values. */
  exercise: () => Exercise;
  disabled?: boolean;
}) {
  const { store } = useSandboxApi();
  const announce = (t: string) => store.getState().announce(t);
  const [link, setLink] = useState<EncodedLink | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const url = link?.ok ? `${location.origin}${location.pathname}${link.fragment}` : '';
  const makeLink = () =>
    void import('@/engine/link/shareLink').then((m) => {
      setLink(m.encodeExerciseLink(exercise()));
      setCopied(false);
    });
  return (
    <div className="exercise-exports">
      <section aria-label="For students">
        <h3 className="exports-head">For students — no answer key, no notes</h3>
        <div className="dialog-actions">
          <button type="button" disabled={disabled} onClick={makeLink}>
            Make a student link
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => saveExercise(exercise(), 'students', announce)}
          >
            Export for students
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => printExercise(exercise(), 'worksheet')}
          >
            Print worksheet
          </button>
        </div>
        {link && !link.ok && <p className="banner is-warning">{link.message}</p>}
        {link?.ok && (
          <div className="share-link">
            <label className="field">
              Student link ({formatCount(url.length)} characters — {link.says})
              <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied ✔' : 'Copy the link'}
            </button>
          </div>
        )}
      </section>
      <section aria-label="For you">
        <h3 className="exports-head">For you — keeps the answer key and notes</h3>
        <div className="dialog-actions">
          <button
            type="button"
            disabled={disabled}
            onClick={() => saveExercise(exercise(), 'teacher', announce)}
          >
            Export with answer key
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => printExercise(exercise(), 'answer-key')}
          >
            Print answer key
          </button>
        </div>
      </section>
    </div>
  );
}
