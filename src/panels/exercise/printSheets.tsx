// Paper for an exercise: a worksheet for students and an answer key for the teacher. Print CSS
// shows the sheet in place of the app, so printing during an exercise (Ctrl+P too) gives the
// worksheet, never a picture of the screen. Loaded with the exercise panel and the teacher's
// dialogs, never on the first screen.
// The stack picture's own styles (beside it), then the sheets'.
import '@/panels/dialogs/dialogs-extra.css';
import './print.css';
import type { Exercise } from '@/engine';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AnswerKey } from './AnswerKey';
import { Worksheet } from './Worksheet';

export type SheetKind = 'worksheet' | 'answer-key';
type Sheet = { readonly exercise: Exercise; readonly kind: SheetKind };

let root: Root | undefined;
/** The open exercise's worksheet: what prints whenever nothing else was asked for. */
let standing: Exercise | undefined;
/** A sheet asked for by name, shown until that printing is over. */
let asked: Sheet | undefined;

function render() {
  const sheet: Sheet | undefined =
    asked ?? (standing ? { exercise: standing, kind: 'worksheet' } : undefined);
  if (!root) {
    const host = document.createElement('div');
    host.className = 'print-root';
    // Out of sight and out of the accessibility tree on screen; print CSS shows it on paper.
    host.hidden = true;
    document.body.append(host);
    root = createRoot(host);
  }
  // Synchronously: the browser lays out for printing as soon as print() is called.
  flushSync(() =>
    root!.render(
      sheet === undefined ? null : sheet.kind === 'worksheet' ? (
        <Worksheet exercise={sheet.exercise} />
      ) : (
        <AnswerKey exercise={sheet.exercise} />
      ),
    ),
  );
}

/** The exercise open now (or none): printing gives its worksheet until another is open. */
export function standWorksheet(exercise: Exercise | undefined) {
  if (standing === exercise) return;
  standing = exercise;
  // Rendering from inside a component's effect: let React finish that render first.
  queueMicrotask(render);
}

/** Prints one sheet for one exercise, then goes back to the open exercise's worksheet. */
export function printSheet(exercise: Exercise, kind: SheetKind) {
  asked = { exercise, kind };
  render();
  window.addEventListener(
    'afterprint',
    () => {
      asked = undefined;
      render();
    },
    { once: true },
  );
  window.print();
}
