import { parseExercise } from '@/engine/exercise/parseExercise';
import type { LiveStore, TeacherView } from './liveStore';
import type { TeacherSeat } from './liveSessions';
import { boardFlag, boardText } from './board';
import {
  BOARD,
  DASH,
  docName,
  type BoardValue,
  type DashEntry,
  type Hint,
  type ServerNotice,
  type TeacherCommand,
} from './protocol';
import { openDoc, openSocket } from './socket';

function readEntry(raw: string): DashEntry | undefined {
  try {
    const e = JSON.parse(raw) as DashEntry;
    return typeof e.name === 'string' && typeof e.design === 'string' ? e : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The teacher's side of a class: the dashboard (every student's name, design and hand, as the
 * server accepted them) and the board, both read-only; every action is a command the server
 * carries out once it has checked the teacher key.
 */
export function startTeacher(live: LiveStore, seat: TeacherSeat) {
  const token = { role: 'teacher', key: seat.key };
  const set = (patch: Partial<TeacherView>) =>
    live.setState((s) => (s.teacher ? { teacher: { ...s.teacher, ...patch } } : {}));
  live.setState({
    teacher: {
      code: seat.code,
      key: seat.key,
      title: seat.title,
      exercise: undefined,
      status: 'connecting',
      entries: new Map(),
      paused: false,
      ended: false,
      hints: [],
      shown: null,
      problem: undefined,
    },
  });
  const socket = openSocket((status) => set({ status }));
  const onRefused = (reason: string) => set({ problem: reason });

  // The dashboard is the server's view, rebuilt when a server starts: after any lost connection
  // it is read afresh, on a socket and into a document of its own, never merged with the copy
  // from before (which a restarted server never saw, and which could win over its new entries).
  let dash: (ReturnType<typeof openDoc> & { socket: ReturnType<typeof openSocket> }) | undefined;
  let stopped = false;
  function closeDash() {
    dash?.provider.destroy();
    dash?.socket.destroy();
    dash?.doc.destroy();
    dash = undefined;
  }
  function openDash() {
    closeDash();
    if (stopped) return;
    set({ entries: new Map() });
    let connected = false;
    const dashSocket = openSocket((status) => {
      if (status === 'connected') connected = true;
      // Lost after it had synced: start afresh (the new socket waits for the server by itself).
      else if (connected && dash?.socket === dashSocket) queueMicrotask(openDash);
    });
    const opened = openDoc(dashSocket, docName({ kind: 'dash', code: seat.code }), token, {
      onRefused,
    });
    const students = opened.doc.getMap<string>(DASH.map);
    students.observe((event) => {
      const entries = new Map(live.getState().teacher?.entries);
      for (const key of event.keysChanged) {
        if (typeof key !== 'string') continue; // Yjs types the keys `any`; a map's keys are text
        const raw = students.get(key);
        const entry = raw === undefined ? undefined : readEntry(raw);
        if (entry) entries.set(key, entry);
        else entries.delete(key);
      }
      set({ entries });
    });
    dash = { ...opened, socket: dashSocket };
  }
  openDash();
  const board = openDoc(socket, docName({ kind: 'board', code: seat.code }), token, {
    onRefused,
    onStateless: (payload) => {
      try {
        const notice = JSON.parse(payload) as ServerNotice;
        if (notice.type === 'refused') set({ problem: notice.reason });
      } catch {
        // not for us
      }
    },
  });

  const classMap = board.doc.getMap<BoardValue>(BOARD.map);
  const hints = board.doc.getArray<Hint>(BOARD.hints);
  let exerciseText: string | undefined;
  const readBoard = () => {
    const text = boardText(classMap, 'exercise');
    if (text !== exerciseText) {
      exerciseText = text;
      const read = parseExercise(text);
      if (read.ok) set({ exercise: read.exercise });
    }
    set({
      title: boardText(classMap, 'title') ?? seat.title,
      paused: boardFlag(classMap, 'paused'),
      ended: boardFlag(classMap, 'ended'),
      hints: hints.toArray(),
    });
  };
  classMap.observe(readBoard);
  hints.observe(readBoard);

  const send = (command: TeacherCommand) => {
    set({ problem: undefined });
    board.provider.sendStateless(JSON.stringify(command));
  };

  return {
    send,
    show(student: string | null, names: boolean) {
      set({ shown: student });
      send({ type: 'show', student, names });
    },
    stop() {
      stopped = true;
      closeDash();
      board.provider.destroy();
      socket.destroy();
      live.setState({ teacher: undefined });
    },
  };
}

export type TeacherSession = ReturnType<typeof startTeacher>;
