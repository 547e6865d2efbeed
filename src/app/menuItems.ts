// What the File and Templates menus offer, loaded when a menu first opens.
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { forStudents } from '@/engine/exercise/exercise';
import { TEMPLATES } from '@/engine/templates';
import type { Exercise } from '@/engine';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import type { MenuItem } from '@/ui/MenuPopup';
import { startBuildUp } from './buildUp';
import { newEmptyDesign, pickAndOpenFile, saveAsFile } from './fileActions';
import { openExercise, openNew } from '@/persist/opening';

export function fileMenuItems(documents: Documents, sandbox: Sandbox): MenuItem[] {
  const s = () => sandbox.store.getState();
  return [
    {
      key: 'new',
      label: 'New empty design',
      hint: 'The current one stays in My designs',
      onChoose: () => newEmptyDesign(documents),
    },
    {
      key: 'designs',
      label: 'My designs…',
      hint: 'Open, rename, copy or delete',
      onChoose: () => s().openDialog({ type: 'my-designs' }),
    },
    {
      key: 'open',
      label: 'Open a file…',
      hint: 'A .json design file',
      onChoose: () => void pickAndOpenFile(documents),
    },
    {
      key: 'save',
      label: 'Save as a file',
      hint: 'Download this design (.json)',
      onChoose: () => saveAsFile(documents, s().announce),
    },
    {
      key: 'share',
      label: 'Share a link…',
      hint: 'The design travels inside the link',
      onChoose: () => s().openDialog({ type: 'share' }),
    },
    {
      key: 'png',
      label: 'Export picture (PNG)',
      hint: 'Twice the size, with the costs as a legend',
      onChoose: () =>
        void import('@/canvas/exportImage').then((m) => m.exportPicture(sandbox, 'png')),
    },
    {
      key: 'svg',
      label: 'Export picture (SVG)',
      hint: 'For slides and drawing programs, with the costs as a legend',
      onChoose: () =>
        void import('@/canvas/exportImage').then((m) => m.exportPicture(sandbox, 'svg')),
    },
  ];
}

/** The seed's two figures and more. Each opens as a design of its own; the one before is kept. */
export function templateMenuItems(documents: Documents): MenuItem[] {
  return TEMPLATES.map((t) => ({
    key: t.id,
    label: t.title,
    hint: t.summary,
    onChoose: () => openNew(documents, t.design, `Opened the template “${t.title}”`),
  }));
}

/** What prints a sheet for an exercise (the print sheets load on demand). */
const print = (exercise: Exercise, kind: 'worksheet' | 'answer-key') =>
  void import('@/panels/exercise/printSheets').then((m) => m.printSheet(exercise, kind));

/** What the open exercise offers: edit it (a built-in with its answer key), print its sheets. */
function openExerciseItems(sandbox: Sandbox): MenuItem[] {
  const s = sandbox.store.getState();
  const open = s.exercise;
  if (!open) return [];
  const full = BUILT_IN_EXERCISES.find((b) => b.id === open.id) ?? open;
  return [
    {
      key: 'edit-open',
      label: 'Edit this exercise…',
      hint: 'For teachers: goals, hints, Guided mode, the answer key',
      onChoose: () => s.openDialog({ type: 'author-exercise', exercise: full }),
    },
    {
      key: 'print-worksheet',
      label: 'Print worksheet',
      hint: 'The brief, the goals to tick and room to sketch',
      onChoose: () => print(open, 'worksheet'),
    },
    // Only from a teacher's own copy: a student's copy has no answer key to print.
    ...(open.teacher
      ? [
          {
            key: 'print-answer-key',
            label: 'Print answer key',
            hint: 'The model answer, your notes, time and learning goals',
            onChoose: () => print(open, 'answer-key'),
          },
        ]
      : []),
  ];
}

/** The lesson's exercises, in order, then the teacher's way to make one, then live classes. */
export async function exerciseMenuItems(
  documents: Documents,
  sandbox: Sandbox,
): Promise<MenuItem[]> {
  const live = import('@/live/menu').then((m) => m.classMenuItems(sandbox, documents));
  // The brief's first sentence, whole: a colon inside it does not end it.
  const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;
  const s = sandbox.store.getState();
  return [
    // What the open exercise offers comes first: it is about what is on the screen now.
    ...openExerciseItems(sandbox),
    ...BUILT_IN_EXERCISES.map((e) => ({
      key: e.id,
      label: e.title,
      hint: firstSentence(e.brief),
      // Students get the exercise without its teacher's part (the answer key).
      onChoose: () => openExercise(documents, forStudents(e)),
    })),
    {
      key: 'author',
      label: 'Make an exercise from this design…',
      hint: 'For teachers: a brief, goals the engine checks, then a link or a file for the class',
      onChoose: () => s.openDialog({ type: 'author-exercise' }),
    },
    {
      key: 'teacher',
      label: 'For teachers: export, share, print or edit…',
      hint: 'Any exercise, for students or with its answer key',
      onChoose: () => s.openDialog({ type: 'teacher-exercises' }),
    },
    ...(await live),
  ];
}

/** For the teacher at the projector. */
export function presentMenuItems(sandbox: Sandbox): MenuItem[] {
  const s = sandbox.store.getState();
  return [
    {
      key: 'projector',
      label: s.theme === 'projector' ? 'Projector theme: on' : 'Projector theme: off',
      hint: 'Large type and strong contrast, for the back of the room',
      onChoose: () => s.setTheme(s.theme === 'projector' ? 'standard' : 'projector'),
    },
    {
      key: 'focus',
      label: s.focusCanvas ? 'Show every panel' : 'Hide the palette and Problems',
      hint: 'The canvas and the costs, larger',
      onChoose: () => s.setFocusCanvas(!s.focusCanvas),
    },
    {
      key: 'build-up',
      label: 'Build up this design, layer by layer',
      hint: 'From the hardware up, with the costs at each step (arrows or Page Up/Down)',
      disabled: s.design.blocks.length === 0,
      onChoose: () => startBuildUp(sandbox),
    },
    {
      key: 'compare',
      label: 'Compare as VMs and as containers…',
      hint: 'The same apps both ways, side by side, with their costs',
      onChoose: () => s.openDialog({ type: 'compare' }),
    },
    {
      key: 'glossary',
      label: 'Glossary',
      hint: 'Hypervisor, kernel, image layer… in plain words',
      onChoose: () => s.openDialog({ type: 'glossary' }),
    },
  ];
}
