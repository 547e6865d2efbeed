import { useSandbox } from '@/store/SandboxContext';
import { AuthorExerciseDialog } from './AuthorExerciseDialog';
import { CompareDialog } from './CompareDialog';
import { DeleteDialog } from './DeleteDialog';
import { GlossaryDialog } from './GlossaryDialog';
import { HandInDialog } from './HandInDialog';
import { MoveOntoDialog } from './MoveOntoDialog';
import { MyDesignsDialog } from './MyDesignsDialog';
import { OpenLinkDialog } from './OpenLinkDialog';
import { ShareDialog } from './ShareDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TeacherExercisesDialog } from './TeacherExercisesDialog';

/** Shows the dialog the store asks for, if any. */
export function Dialogs() {
  const dialog = useSandbox((s) => s.dialog);
  const exercise = useSandbox((s) => s.exercise);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'delete':
      return <DeleteDialog ids={dialog.ids} />;
    case 'move-onto':
      return <MoveOntoDialog id={dialog.id} />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'my-designs':
      return <MyDesignsDialog />;
    case 'share':
      return <ShareDialog />;
    case 'open-link':
      return (
        <OpenLinkDialog
          design={dialog.design}
          readOnly={dialog.readOnly}
          exercise={dialog.exercise}
        />
      );
    case 'author-exercise':
      // Keyed by what is edited: another exercise starts a fresh draft.
      return (
        <AuthorExerciseDialog
          key={dialog.exercise?.id ?? ''}
          {...(dialog.exercise ? { exercise: dialog.exercise } : {})}
        />
      );
    case 'teacher-exercises':
      return <TeacherExercisesDialog {...(dialog.id ? { id: dialog.id } : {})} />;
    case 'hand-in':
      return exercise ? <HandInDialog exercise={exercise} /> : null;
    case 'compare':
      return <CompareDialog />;
    case 'glossary':
      return (
        <GlossaryDialog
          {...(dialog.role ? { role: dialog.role } : {})}
          {...(dialog.rule ? { rule: dialog.rule } : {})}
        />
      );
  }
}
