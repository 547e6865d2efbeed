import type { Exercise } from '@/engine';
import { createStore } from 'zustand/vanilla';
import type { DashEntry, Hint, Shown } from './protocol';
import type { LinkStatus } from './socket';

/** What a student in a live class sees of it. */
export type StudentView = {
  readonly code: string;
  readonly title: string;
  readonly name: string;
  readonly status: LinkStatus;
  /** Changes not yet taken by the class server (offline, or on their way). */
  readonly unsynced: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly hand: boolean;
  /** Hints to the whole class and to this student, oldest first. */
  readonly hints: readonly (Hint & { readonly toMe: boolean })[];
  /** The design the teacher shows the class, if any. */
  readonly shown: Shown | undefined;
  /** The design open is not this class's (the student opened another one). */
  readonly elsewhere: boolean;
  /** Why the class server refused something, in its words. */
  readonly problem: string | undefined;
};

/** What the teacher's dashboard shows. */
export type TeacherView = {
  readonly code: string;
  readonly key: string;
  readonly title: string;
  readonly exercise: Exercise | undefined;
  readonly status: LinkStatus;
  readonly entries: ReadonlyMap<string, DashEntry>;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly hints: readonly Hint[];
  /** The student whose design is on the projector (null: none). */
  readonly shown: string | null;
  readonly problem: string | undefined;
};

export type LivePanel =
  | { type: 'none' }
  | { type: 'start' }
  | { type: 'join'; code?: string; error?: string }
  | { type: 'dashboard' }
  | { type: 'join-code' }
  | { type: 'student'; id: string }
  | { type: 'projector'; id: string; names: boolean }
  | { type: 'no-server' };

export type LiveState = {
  panel: LivePanel;
  student: StudentView | undefined;
  teacher: TeacherView | undefined;
};

export const createLiveStore = () =>
  createStore<LiveState>()(() => ({
    panel: { type: 'none' },
    student: undefined,
    teacher: undefined,
  }));

export type LiveStore = ReturnType<typeof createLiveStore>;
