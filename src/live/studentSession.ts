import { serializeDesign, type Design, type Exercise } from '@/engine';
import { loadDesign } from '@/engine/load/loadDesign';
import { parseExercise } from '@/engine/exercise/parseExercise';
import type { Documents } from '@/persist/documents';
import { openExercise, openNew, openSaved } from '@/persist/opening';
import type { LiveStore, StudentView } from './liveStore';
import { seats, type StudentSeat } from './liveSessions';
import { boardFlag, boardText, readShown } from './board';
import { BOARD, docName, WORK, type BoardValue, type Hint } from './protocol';
import { openDoc, openSocket } from './socket';

/** How often at most a student's design goes to the class (a drag is many edits). */
const PUSH_EVERY_MS = 250;
const PAUSED = 'Eyes on the teacher: the class is paused.';

/**
 * A student in a live class: the class's exercise opens as a design of its own in My designs
 * (or the one this browser already had for the class), and every change to it goes to the class
 * server, which keeps it while the student is offline and sends it on when they are back.
 */
export function startStudent(live: LiveStore, documents: Documents, seat: StudentSeat) {
  const { store } = documents.sandbox;
  const token = { role: 'student', id: seat.id, key: seat.key, name: seat.name };
  const set = (patch: Partial<StudentView>) =>
    live.setState((s) => (s.student ? { student: { ...s.student, ...patch } } : {}));
  live.setState({
    student: {
      code: seat.code,
      title: '',
      name: seat.name,
      status: 'connecting',
      unsynced: false,
      paused: false,
      ended: false,
      hand: false,
      hints: [],
      shown: undefined,
      elsewhere: false,
      problem: undefined,
    },
  });

  let stopped = false;
  let refused: ((reason: string) => void) | undefined;
  const failed = new Promise<string>((resolve) => (refused = resolve));
  const socket = openSocket((status) => set({ status }));
  let ownSynced: () => void = () => {};
  let boardSynced: () => void = () => {};
  const ready = Promise.all([
    new Promise<void>((r) => (ownSynced = r)),
    new Promise<void>((r) => (boardSynced = r)),
  ]);
  const own = openDoc(
    socket,
    docName({ kind: 'student', code: seat.code, student: seat.id }),
    token,
    {
      onSynced: () => ownSynced(),
      onRefused: (reason) => refused?.(reason),
      onClosed: (reason) => set({ problem: reason }),
    },
  );
  const board = openDoc(socket, docName({ kind: 'board', code: seat.code }), token, {
    onSynced: () => boardSynced(),
    onRefused: (reason) => refused?.(reason),
  });
  own.provider.on('unsyncedChanges', () => set({ unsynced: own.provider.hasUnsyncedChanges }));

  const work = own.doc.getMap(WORK.map);
  const classMap = board.doc.getMap<BoardValue>(BOARD.map);
  const myHints = own.doc.getArray<Hint>(WORK.hints);
  const allHints = board.doc.getArray<Hint>(BOARD.hints);

  function readBoard() {
    const paused = boardFlag(classMap, 'paused');
    const ended = boardFlag(classMap, 'ended');
    const shown = readShown(boardText(classMap, 'shown'));
    const hints = [
      ...allHints.toArray().map((h) => ({ ...h, toMe: false })),
      ...myHints.toArray().map((h) => ({ ...h, toMe: true })),
    ].sort((a, b) => a.at - b.at);
    set({ paused, ended, shown, hints, title: boardText(classMap, 'title') ?? '' });
    const mine = store.getState().documentId === seat.documentId;
    store.getState().setLocked(paused && !ended && mine ? PAUSED : undefined);
    if (ended) stopSyncing();
  }
  classMap.observe(readBoard);
  allHints.observe(readBoard);
  myHints.observe(readBoard);
  work.observe(() => set({ hand: work.get('hand') === true }));

  // The design goes to the class a moment after each change, and at once when it is opened.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent: Design | undefined;
  function push() {
    timer = undefined;
    const { design, documentId } = store.getState();
    if (stopped || documentId !== seat.documentId || design === sent) return;
    sent = design;
    const text = serializeDesign(design);
    if (work.get('design') !== text) work.set('design', text);
  }
  let unsubscribe = () => {};

  function openClassDesign(exercise: Exercise) {
    const saved = seat.documentId ? documents.library.read(seat.documentId) : undefined;
    if (seat.documentId && saved?.ok) {
      if (store.getState().documentId !== seat.documentId) openSaved(documents, seat.documentId);
      return;
    }
    const fromServer = work.get('design');
    const read = typeof fromServer === 'string' ? loadDesign(fromServer, 'other-tab') : undefined;
    if (read?.ok)
      openNew(documents, read.design, `Continued your design in the class “${exercise.title}”`, {
        exercise,
      });
    else openExercise(documents, exercise, ' in the live class');
    seat.documentId = store.getState().documentId;
    seats.saveStudent(seat);
  }

  void Promise.race([ready.then(() => undefined), failed]).then((reason) => {
    if (stopped) return;
    if (reason !== undefined) {
      set({ problem: reason, status: 'offline' });
      return stop();
    }
    const read = parseExercise(boardText(classMap, 'exercise'));
    if (!read.ok) {
      set({ problem: `This class's exercise cannot be read: ${read.error.message}` });
      return stop();
    }
    openClassDesign(read.exercise);
    readBoard();
    push();
    unsubscribe = store.subscribe((s, before) => {
      const mine = s.documentId === seat.documentId;
      if (s.documentId !== before.documentId) {
        set({ elsewhere: !mine });
        s.setLocked(mine && live.getState().student?.paused ? PAUSED : undefined);
      }
      if (mine && s.design !== before.design && !timer) timer = setTimeout(push, PUSH_EVERY_MS);
    });
  });

  function stopSyncing() {
    if (timer) push();
    unsubscribe();
    stopped = true;
  }

  function stop() {
    stopSyncing();
    store.getState().setLocked(undefined);
    own.provider.destroy();
    board.provider.destroy();
    socket.destroy();
  }

  return {
    raiseHand(up: boolean) {
      if (!stopped) work.set('hand', up);
    },
    backToClass() {
      if (seat.documentId) openSaved(documents, seat.documentId);
    },
    /** Sends what is left, then stops (leaving the class, or the page going away). */
    leave() {
      stop();
      live.setState({ student: undefined });
    },
  };
}

export type StudentSession = ReturnType<typeof startStudent>;
