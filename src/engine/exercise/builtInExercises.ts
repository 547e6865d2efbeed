// The built-in exercises: a path through the lesson, from rebuilding its two figures to choosing
// between isolation and density. Loaded on demand (the app imports this file when the Exercises
// menu opens; the grader reads exercise files instead).
import { defineTemplate, type TemplateBlock } from '../templates/defineTemplate';
import { TEMPLATES } from '../templates';
import type { Design } from '../design';
import { BUILT_IN_TEACHER_NOTES } from './builtInTeacherNotes';
import { EXERCISE_FORMAT, EXERCISE_VERSION, type Exercise, type TeacherNotes } from './exercise';
import type { ExerciseGoal } from './goals';

function template(id: string): Design {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`No template ${id}`);
  return found.design;
}

/** A built-in's teacher part: its notes, and its model answer as a design of its own. */
function teacherPart(id: string, title: string): TeacherNotes | undefined {
  const notes = BUILT_IN_TEACHER_NOTES[id];
  if (notes === undefined) return undefined;
  const { answer, ...rest } = notes;
  const name = `Model answer: ${title}`;
  const design =
    'template' in answer
      ? { ...template(answer.template), name }
      : defineTemplate(`${id}-answer`, name, '', answer).design;
  return { answer: design, ...rest };
}

function exercise(
  id: string,
  title: string,
  brief: string,
  start: readonly TemplateBlock[] | Design,
  goals: readonly ExerciseGoal[],
  extra: { mode?: 'guided' | 'free'; palette?: readonly string[] } = {},
): Exercise {
  const design =
    'blocks' in start ? { ...start, name: title } : defineTemplate(id, title, '', start).design;
  const teacher = teacherPart(id, title);
  return {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id,
    title,
    brief,
    start: design,
    goals,
    ...extra,
    ...(teacher === undefined ? {} : { teacher }),
  };
}

const threeVmsOn = (hw: string): TemplateBlock[] => [
  ['hw', 'hardware', hw, undefined, { label: 'Hardware' }],
  ['host', 'os', 'ubuntu', 'hw', { label: 'Host OS' }],
  ['vbox', 'hypervisor', 'virtualbox', 'host'],
  ...(['A', 'B', 'C'] as const).flatMap((n): TemplateBlock[] => [
    [`guest-${n}`, 'os', 'ubuntu', 'vbox', { label: `Guest OS ${n}` }],
    [`libs-${n}`, 'library', 'python', `guest-${n}`],
    [`app-${n}`, 'app', 'web-app', `libs-${n}`, { label: `App ${n}` }],
  ]),
];

/** In lesson order. */
export const BUILT_IN_EXERCISES: readonly Exercise[] = [
  exercise(
    'vm-figure',
    '1. Rebuild the virtual-machine figure',
    'Build figure 1.1 of the lesson from nothing: one machine, a host OS, a type 2 hypervisor, and three apps, each in a virtual machine of its own with its own guest OS and libraries.',
    [],
    [
      {
        type: 'no-warnings',
        hint: 'A block left lying about, not installed, or a second hypervisor beside the first is flagged with a warning: the figure has neither.',
      },
      { type: 'apps', min: 3 },
      { type: 'apps-as', role: 'vm-app' },
      { type: 'role-count', role: 'guest-os', min: 3 },
      {
        type: 'apps-on-libraries',
        hint: 'In the figure each app stands on its own Bins/Libs: put a library block (Python, Node.js…) on each guest OS, then the app on it.',
      },
      {
        type: 'role-count',
        role: 'hosted-hypervisor',
        min: 1,
        hint: 'A type 2 hypervisor (VirtualBox, VMware Workstation) is an app-like program on a host OS.',
      },
    ],
  ),
  exercise(
    'container-figure',
    '2. Rebuild the container figure',
    'Build figure 1.2: one machine and one OS, a container engine on it, and three apps in containers. Two of the apps use the same libraries — let them share one library layer, as App Y and App Z do in the figure.',
    [],
    [
      {
        type: 'no-warnings',
        hint: 'A block left lying about, not installed, is flagged with a warning: the figure has none.',
      },
      { type: 'apps', min: 3 },
      { type: 'apps-as', role: 'container' },
      {
        type: 'shared-layer',
        apps: 2,
        hint: 'Put two of the apps on one library block, as App Y and App Z share their Bins/Libs in the figure.',
      },
    ],
  ),
  exercise(
    'broken-stack',
    '3. Find the four mistakes',
    'This stack has four mistakes. Read each problem, then repair the stack so that all three apps run — without deleting them.',
    template('broken-stack'),
    [
      { type: 'no-errors' },
      {
        type: 'apps',
        min: 3,
        hint: 'Keep all three apps: move a misplaced block rather than deleting it.',
      },
    ],
  ),
  exercise(
    'type-1-vs-type-2',
    '4. Type 1 versus type 2',
    'These three VMs run on VirtualBox, a type 2 hypervisor, on top of a host OS. A data-centre server does it differently: rebuild it so that a type 1 (bare-metal) hypervisor runs straight on the hardware, with the same three apps in VMs.',
    threeVmsOn('x86-server'),
    [
      {
        type: 'no-warnings',
        hint: 'Remove what the type 1 hypervisor replaces: two hypervisors on one OS fight over the CPU’s virtualization features (a warning).',
      },
      {
        type: 'role-count',
        role: 'bare-metal-hypervisor',
        min: 1,
        hint: 'A type 1 hypervisor (ESXi, Xen, Hyper-V) boots first, straight on the machine. Hyper-V turned on in Windows Server and Linux with KVM count too.',
      },
      { type: 'apps', min: 3 },
      { type: 'apps-as', role: 'vm-app' },
    ],
  ),
  exercise(
    'fit-more',
    '5. Fit more apps on the same laptop',
    'This 16 GiB laptop runs three apps in three VMs. The team needs eight copies of the web app on the same laptop. Find a way — the laptop stays.',
    threeVmsOn('laptop'),
    [
      { type: 'no-errors' },
      { type: 'apps', min: 8 },
      {
        type: 'uses-variant',
        variant: 'laptop',
        min: 1,
        hint: 'Keep the laptop: change the stack on it.',
      },
      {
        type: 'memory-under',
        mib: 16 * 1024,
        hint: 'Each VM costs its whole memory allocation. Containers share one kernel and cost only what runs in them.',
      },
    ],
  ),
  exercise(
    'share-layers',
    '6. Make App Y and App Z share',
    'App Y and App Z need the same libraries, but they were built on different base images (Ubuntu and Debian), so nothing is shared: each carries its own. Rebuild them so that they share one library layer, and watch the savings appear.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Hardware' }],
      ['host', 'os', 'ubuntu', 'hw', { label: 'Host OS' }],
      ['docker', 'engine', 'docker', 'host'],
      ['libs-y', 'library', 'ubuntu-base', 'docker'],
      ['app-y', 'app', 'web-app', 'libs-y', { label: 'App Y' }],
      ['libs-z', 'library', 'debian-slim', 'docker'],
      ['app-z', 'app', 'web-app', 'libs-z', { label: 'App Z' }],
    ],
    [
      { type: 'no-errors' },
      { type: 'apps', min: 1, app: 'App Y' },
      { type: 'apps', min: 1, app: 'App Z' },
      { type: 'apps-as', role: 'container' },
      {
        type: 'shared-layer',
        apps: 2,
        hint: 'Drag App Z onto App Y’s library block (or give both the same base image): identical layers are stored and loaded once.',
      },
    ],
  ),
  exercise(
    'arm-on-x86',
    '7. Why does the arm64 image fail?',
    'The Shop image was built on an Apple-silicon laptop (arm64) and fails on this x86 server with "exec format error". Make the Shop run on this server.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Server' }],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop', props: { arch: 'arm64' } }],
    ],
    [
      { type: 'no-problem', rule: 'exec-format-error' },
      { type: 'no-errors' },
      { type: 'apps', min: 1, app: 'Shop' },
      { type: 'apps-as', role: 'container' },
      {
        type: 'role-count',
        role: 'machine',
        min: 1,
        max: 1,
        hint: 'Keep the server: the image was built for one CPU architecture. Select the Shop and look at what it is built for.',
      },
      {
        type: 'uses-variant',
        variant: 'x86-server',
        min: 1,
        hint: 'Keep the x86 server: rebuild the image for it (or as a multi-arch image), not the server for the image.',
      },
    ],
  ),
  exercise(
    'glibc-on-alpine',
    '8. A glibc app on Alpine',
    'The Cache app was linked against glibc, but its image is Alpine, whose C library is musl. It will not start. Give it a base layer it can run on.',
    [
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['alpine', 'library', 'alpine-base', 'docker'],
      ['cache', 'app', 'web-app', 'alpine', { label: 'Cache' }],
    ],
    [
      { type: 'no-problem', rule: 'libc-mismatch' },
      { type: 'no-errors' },
      { type: 'apps', min: 1, app: 'Cache' },
      { type: 'apps-as', role: 'container' },
    ],
  ),
  exercise(
    'docker-on-mac',
    '9. Docker on a Mac',
    'Containers need a Linux kernel, and macOS is not Linux. Make the two apps run in containers on this Mac.',
    [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['docker', 'engine', 'docker', 'macos'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['front', 'app', 'web-app', 'base', { label: 'Frontend' }],
      ['api', 'app', 'api-service', 'base', { label: 'API' }],
    ],
    [
      { type: 'no-errors' },
      { type: 'apps', min: 2 },
      { type: 'apps-as', role: 'container' },
      { type: 'uses-variant', variant: 'mac-apple-silicon', min: 1 },
    ],
  ),
  exercise(
    'containers-in-vms',
    '10. Containers inside VMs',
    'A cloud provider gives each customer a VM, and each customer runs containers inside it. Build it: one server, at least two VMs, a container engine in each, and at least four apps, all in containers.',
    [],
    [
      {
        type: 'no-warnings',
        hint: 'A block left lying about, not installed, is flagged with a warning: each block must be part of the stack.',
      },
      { type: 'role-count', role: 'guest-os', min: 2 },
      { type: 'role-count', role: 'container-engine', min: 2 },
      { type: 'apps', min: 4 },
      { type: 'apps-as', role: 'container' },
    ],
  ),
  exercise(
    'nested',
    '11. A VM inside a VM',
    'A test lab runs its own hypervisor inside a cloud VM, with a guest inside that. Build a VM in a VM with an app in the inner one, and make it legal. The cloud has nested virtualization switched off for now.',
    [
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: false } }],
      [
        'vm',
        'os',
        'ubuntu',
        'kvm',
        { label: 'Cloud VM', props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } },
      ],
    ],
    [
      {
        type: 'role-count',
        role: 'nested-hypervisor',
        min: 1,
        hint: 'Put a hypervisor on the guest OS, then a guest OS on that hypervisor.',
      },
      { type: 'apps', min: 1 },
      {
        type: 'no-errors',
        hint: 'The cloud’s hypervisor (the KVM block at the bottom) must pass the virtualization extensions on to the Cloud VM: select it and switch on “Exposes virtualization to guests (nested)”.',
      },
    ],
  ),
  exercise(
    'isolation-vs-density',
    '12. Isolation or density?',
    'One server hosts two customers: the Bank and the Shop. The Bank must never share a kernel with the Shop. The Shop needs three copies, and a new Shop copy must start in under 2 s when traffic spikes. Pick the stack.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Server' }],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['bank', 'app', 'web-app', 'base', { label: 'Bank' }],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop' }],
    ],
    [
      { type: 'no-errors' },
      { type: 'separate-kernels', apps: ['Bank', 'Shop'] },
      { type: 'apps', min: 1, app: 'Bank' },
      {
        type: 'apps',
        min: 3,
        app: 'Shop',
        hint: 'Three copies of the Shop, each an app named Shop.',
      },
      { type: 'copy-start-under', app: 'Shop', ms: 2000 },
      {
        type: 'role-count',
        role: 'machine',
        min: 1,
        max: 1,
        hint: 'One server: buying a second machine is not the answer.',
      },
    ],
  ),
];
