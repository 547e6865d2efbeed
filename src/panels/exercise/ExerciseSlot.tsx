import { useSandbox } from '@/store/SandboxContext';
import { lazy, Suspense } from 'react';

// The exercise panel and the goal checks load only when a design has an exercise.
const ExercisePanel = lazy(() =>
  import('./ExercisePanel').then((m) => ({ default: m.ExercisePanel })),
);

/** Where the exercise panel goes, when the open design is the student's work on one. */
export function ExerciseSlot() {
  const exercise = useSandbox((s) => s.exercise);
  if (!exercise) return null;
  return (
    <Suspense fallback={null}>
      <ExercisePanel exercise={exercise} />
    </Suspense>
  );
}
