import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { Dialog } from '@/ui/Dialog';
import { useId, useState } from 'react';
import type { Live } from './live';
import type { LivePanel } from './liveStore';
import { seats } from './liveSessions';
import { formatCode } from './protocol';

function StartDialog({ live }: { live: Live }) {
  const open = live.sandbox.store.getState().exercise;
  // A built-in opened (or reopened after a reload) is a copy of it: known by its id.
  const own = open && !BUILT_IN_EXERCISES.some((b) => b.id === open.id) ? open : undefined;
  const choices = [...(own ? [own] : []), ...BUILT_IN_EXERCISES];
  const [choice, setChoice] = useState(choices[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();
  const start = async () => {
    const exercise = choices.find((e) => e.id === choice);
    if (!exercise) return;
    setBusy(true);
    const problem = await live.startClass(exercise);
    setBusy(false);
    setError(problem);
  };
  return (
    <Dialog title="Start a live class" onClose={() => live.close()}>
      <p>
        Students join with a code and a name, nothing else. You see every design and checklist as
        they work.
      </p>
      <label htmlFor={id}>Exercise</label>
      <select
        id={id}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        className="live-select"
      >
        {choices.map((e) => (
          <option key={e.id} value={e.id}>
            {e === own ? `${e.title} (the exercise open now)` : e.title}
          </option>
        ))}
      </select>
      <p className="muted">
        To use your own exercise, open it first (Exercises ▸ Make an exercise, or its link or file).
      </p>
      {error && (
        <p role="alert" className="live-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => live.close()}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          {busy ? 'Starting…' : 'Start the class'}
        </button>
      </div>
    </Dialog>
  );
}

function JoinDialog({ live, code, error }: { live: Live; code?: string; error?: string }) {
  const [draftCode, setCode] = useState(code ? formatCode(code) : '');
  const [name, setName] = useState(seats.lastName());
  const [problem, setProblem] = useState(error);
  const [busy, setBusy] = useState(false);
  const join = async () => {
    setBusy(true);
    const p = await live.join(draftCode, name);
    setBusy(false);
    setProblem(p);
  };
  return (
    <Dialog title="Join a class" onClose={() => live.close()}>
      <form
        className="live-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join();
        }}
      >
        <label>
          Class code
          <input
            value={draftCode}
            onChange={(e) => setCode(e.target.value)}
            placeholder="K7P-4QX"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
          />
        </label>
        <label>
          Your name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="given-name"
            maxLength={60}
          />
        </label>
        <p className="muted">
          Only your name and your design go to the class. No account, no e-mail.
        </p>
        {problem && (
          <p role="alert" className="live-error">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => live.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The dialogs of the Class menu. */
export function ClassDialogs({ live, panel }: { live: Live; panel: LivePanel }) {
  switch (panel.type) {
    case 'start':
      return <StartDialog live={live} />;
    case 'join':
      return (
        <JoinDialog
          live={live}
          {...(panel.code ? { code: panel.code } : {})}
          {...(panel.error ? { error: panel.error } : {})}
        />
      );
    case 'no-server':
      return (
        <Dialog title="No class server is reachable" onClose={() => live.close()}>
          <p>
            Live classes need a class server at this address. On your own computer, “npm run dev”
            starts one; a school runs “npm start” (see the README). Everything else in Stack Sandbox
            works without it.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => live.close()}>
              OK
            </button>
          </div>
        </Dialog>
      );
    case 'none':
    case 'dashboard':
    case 'join-code':
    case 'student':
    case 'projector':
      return null;
  }
}
