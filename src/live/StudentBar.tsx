import { loadDesign } from '@/engine/load/loadDesign';
import { StackPicture } from '@/panels/dialogs/StackPicture';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Live } from './live';
import type { StudentView } from './liveStore';
import { formatCode } from './protocol';

function statusText(v: StudentView): { text: string; tone: 'ok' | 'busy' | 'bad' } {
  if (v.ended) return { text: 'Class ended', tone: 'busy' };
  switch (v.status) {
    case 'connected':
      return v.unsynced ? { text: 'Sending…', tone: 'busy' } : { text: 'Live', tone: 'ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'offline':
      return { text: 'Offline: your work is kept and sent when you are back', tone: 'bad' };
  }
}

/** In the top bar: which class, whether the work is reaching it, and the raised hand. */
export function StudentBar({ live, view }: { live: Live; view: StudentView }) {
  const { text, tone } = statusText(view);
  return (
    <div className="live-bar" role="group" aria-label="Live class">
      <span className={`live-status is-${tone}`} role="status" data-live-status={view.status}>
        <span aria-hidden="true">● </span>
        {`${formatCode(view.code)} · ${text}`}
      </span>
      {!view.ended && (
        <button
          type="button"
          aria-pressed={view.hand}
          onClick={() => live.student()?.raiseHand(!view.hand)}
          title={view.hand ? 'Lower your hand' : 'Ask your teacher for help'}
        >
          {view.hand ? 'Hand raised' : 'Raise hand'}
        </button>
      )}
      {view.elsewhere && !view.ended && (
        <button type="button" onClick={() => live.student()?.backToClass()}>
          Back to the class design
        </button>
      )}
    </div>
  );
}

/** Pause, hints, the design on show, the end of the class and refusals. */
export function StudentOverlays({ live, view }: { live: Live; view: StudentView }) {
  const [seen, setSeen] = useState(0);
  const [hideShown, setHideShown] = useState<string | undefined>(undefined);
  const pause = useRef<HTMLDivElement>(null);
  const hints = view.hints.filter((h) => h.at > seen);
  const shown = useMemo(() => {
    if (!view.shown) return undefined;
    const read = loadDesign(view.shown.design, 'other-tab');
    return read.ok ? read.design : undefined;
  }, [view.shown]);
  useEffect(() => {
    if (view.paused && !view.ended) pause.current?.focus();
  }, [view.paused, view.ended]);
  return (
    <>
      {view.paused && !view.ended && (
        <div
          className="live-pause"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="live-pause-title"
          tabIndex={-1}
          ref={pause}
        >
          <p id="live-pause-title" className="live-pause-title">
            Eyes on the teacher
          </p>
          <p>The class is paused. Your design is safe; you can go on when your teacher resumes.</p>
        </div>
      )}
      {hints.length > 0 && (
        <section className="live-hints" aria-label="Hints from your teacher" aria-live="polite">
          {hints.map((h) => (
            <p key={`${h.at}-${h.toMe}`} className="live-hint">
              <strong>{h.toMe ? 'Hint for you: ' : 'Hint for the class: '}</strong>
              {h.text}
            </p>
          ))}
          <button type="button" onClick={() => setSeen(hints[hints.length - 1]!.at)}>
            Got it
          </button>
        </section>
      )}
      {shown && view.shown && hideShown !== view.shown.design && (
        <section className="live-shown" aria-label="On the projector">
          <h2>
            {view.shown.name ? `On the projector: ${view.shown.name}’s design` : 'On the projector'}
          </h2>
          <StackPicture design={shown} label="The design your teacher is showing" />
          <button type="button" onClick={() => setHideShown(view.shown?.design)}>
            Hide
          </button>
        </section>
      )}
      {view.problem && (
        <div className="live-problem" role="alert">
          <p>{view.problem}</p>
          <button
            type="button"
            onClick={() =>
              live.store.setState((s) =>
                s.student ? { student: { ...s.student, problem: undefined } } : {},
              )
            }
          >
            Close
          </button>
        </div>
      )}
      {view.ended && (
        <div className="live-problem" role="alert">
          <p>The class has ended. Your design stays in this browser, in My designs.</p>
          <button type="button" onClick={() => live.leaveClass()}>
            OK
          </button>
        </div>
      )}
    </>
  );
}
