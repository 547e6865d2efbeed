import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { defineTemplate, type TemplateBlock } from '../templates/defineTemplate';
import { TEMPLATES } from '../templates';
import { BUILT_IN_EXERCISES } from './builtInExercises';
import { checkExercise } from './checkExercise';
import { EXERCISE_LIMITS, forStudents } from './exercise';
import { parseExercise } from './parseExercise';

const design = (blocks: readonly TemplateBlock[]): Design =>
  defineTemplate('t', 'Test', '', blocks).design;
const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.design;

const webApps = (n: number, on: string, label = 'Web'): TemplateBlock[] =>
  Array.from({ length: n }, (_, i): TemplateBlock => [
    `${label}-${i}`,
    'app',
    'web-app',
    on,
    { label },
  ]);

/** For each exercise: a design that passes (one of many), and a tempting one that does not. */
const CASES: Record<string, { pass: Design; fail: Design }> = {
  'vm-figure': { pass: template('virtual-machines'), fail: template('containers') },
  'container-figure': { pass: template('containers'), fail: template('virtual-machines') },
  'broken-stack': {
    pass: design([
      ['laptop', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'laptop'],
      ['virtualbox', 'hypervisor', 'virtualbox', 'host'],
      ['guest', 'os', 'ubuntu', 'virtualbox', { label: 'Dev VM' }],
      ['docker', 'engine', 'docker', 'guest'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop' }],
      ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
      ['libs', 'library', 'python', 'guest'],
      ['reports', 'app', 'database', 'libs', { label: 'Reports' }],
    ]),
    // No errors left, but only because two of the apps were deleted.
    fail: design([
      ['laptop', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'laptop'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop' }],
    ]),
  },
  'type-1-vs-type-2': { pass: template('type-1-server'), fail: template('virtual-machines') },
  'fit-more': {
    pass: design([
      ['hw', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ...webApps(8, 'base'),
    ]),
    // Eight VMs do not fit in 16 GiB.
    fail: design([
      ['hw', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ...Array.from({ length: 8 }, (_, i): TemplateBlock[] => [
        [`g${i}`, 'os', 'ubuntu', 'vbox'],
        [`l${i}`, 'library', 'python', `g${i}`],
        [`a${i}`, 'app', 'web-app', `l${i}`],
      ]).flat(),
    ]),
  },
  'share-layers': {
    // Two library blocks, but the same image: identical layers are shared all the same.
    pass: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['libs-y', 'library', 'debian-slim', 'docker'],
      ['app-y', 'app', 'web-app', 'libs-y', { label: 'App Y' }],
      ['libs-z', 'library', 'debian-slim', 'docker'],
      ['app-z', 'app', 'web-app', 'libs-z', { label: 'App Z' }],
    ]),
    fail: BUILT_IN_EXERCISES.find((e) => e.id === 'share-layers')!.start,
  },
  'arm-on-x86': {
    pass: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop', props: { arch: 'x86_64' } }],
    ]),
    // Swapping the server for an arm64 one fixes the error, but not the lesson.
    fail: design([
      ['hw', 'hardware', 'arm-server'],
      ['host', 'os', 'ubuntu', 'hw', { props: { arch: 'arm64' } }],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop', props: { arch: 'arm64' } }],
    ]),
  },
  'glibc-on-alpine': {
    pass: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
    ]),
    fail: BUILT_IN_EXERCISES.find((e) => e.id === 'glibc-on-alpine')!.start,
  },
  'docker-on-mac': {
    pass: template('docker-on-mac'),
    fail: BUILT_IN_EXERCISES.find((e) => e.id === 'docker-on-mac')!.start,
  },
  'containers-in-vms': { pass: template('containers-in-vms'), fail: template('containers') },
  nested: {
    pass: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: true } }],
      ['vm', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } }],
      ['inner-kvm', 'hypervisor', 'kvm', 'vm'],
      ['inner', 'os', 'ubuntu', 'inner-kvm'],
      ['libs', 'library', 'python', 'inner'],
      ['app', 'app', 'web-app', 'libs'],
    ]),
    // The outer hypervisor does not pass virtualization on.
    fail: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: false } }],
      ['vm', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } }],
      ['inner-kvm', 'hypervisor', 'kvm', 'vm'],
      ['inner', 'os', 'ubuntu', 'inner-kvm'],
      ['libs', 'library', 'python', 'inner'],
      ['app', 'app', 'web-app', 'libs'],
    ]),
  },
  'isolation-vs-density': {
    pass: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['bank-vm', 'os', 'ubuntu', 'kvm'],
      ['bank-libs', 'library', 'python', 'bank-vm'],
      ['bank', 'app', 'web-app', 'bank-libs', { label: 'Bank' }],
      ['shop-vm', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 4096 } }],
      ['docker', 'engine', 'docker', 'shop-vm'],
      ['base', 'library', 'debian-slim', 'docker'],
      ...webApps(3, 'base', 'Shop'),
    ]),
    // Isolated, but every new Shop copy boots a whole VM.
    fail: design([
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ...['Bank', 'Shop', 'Shop', 'Shop'].flatMap((label, i): TemplateBlock[] => [
        [`vm${i}`, 'os', 'ubuntu', 'kvm'],
        [`libs${i}`, 'library', 'python', `vm${i}`],
        [`app${i}`, 'app', 'web-app', `libs${i}`, { label }],
      ]),
    ]),
  },
};

describe('the built-in exercises', () => {
  it('form a path of at least 12, each with its own id', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(BUILT_IN_EXERCISES.map((e) => e.id)).size).toBe(BUILT_IN_EXERCISES.length);
    expect(Object.keys(CASES).sort()).toEqual(BUILT_IN_EXERCISES.map((e) => e.id).sort());
  });

  for (const exercise of BUILT_IN_EXERCISES) {
    describe(exercise.title, () => {
      const { pass, fail } = CASES[exercise.id]!;
      const unmet = (d: Design) =>
        checkExercise(exercise, d)
          .lines.filter((l) => !l.met)
          .map((l) => `${l.text}: ${l.why}`);

      it('reads back through parseExercise exactly as written', () => {
        const read = parseExercise(JSON.stringify(exercise));
        expect(read.ok && read.exercise).toEqual(exercise);
        expect(read.ok && read.warnings).toEqual([]);
      });
      it('keeps an answer key that meets every goal, with notes, a time and learning goals', () => {
        const teacher = exercise.teacher!;
        expect(unmet(teacher.answer!)).toEqual([]);
        expect(teacher.notes!.length).toBeGreaterThan(40);
        expect(teacher.minutes).toBeGreaterThan(0);
        expect(teacher.minutes).toBeLessThanOrEqual(15);
        expect(teacher.learningGoals!.length).toBeGreaterThanOrEqual(2);
        expect(teacher.learningGoals!.length).toBeLessThanOrEqual(EXERCISE_LIMITS.maxLearningGoals);
      });
      it('gives students a copy without the teacher’s part', () => {
        const students = forStudents(exercise);
        expect(students).not.toHaveProperty('teacher');
        expect(JSON.stringify(students)).not.toContain('Model answer');
        expect({ ...students, teacher: exercise.teacher }).toEqual(exercise);
      });
      it('is not already solved at the start', () => {
        expect(checkExercise(exercise, exercise.start).complete).toBe(false);
      });
      it('is met by a correct design', () => {
        expect(unmet(pass)).toEqual([]);
      });
      it('is not met by a tempting wrong one, and says why', () => {
        const lines = unmet(fail);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).not.toMatch(/undefined/);
      });
    });
  }
});
