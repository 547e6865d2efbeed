// What a teacher keeps with each built-in exercise: a model answer (one design that meets every
// goal — the answer key, never shown to students), what to watch for, how long it takes and what
// it teaches. Figures in the notes are the catalog's defaults (see reference/domain-facts.md).
import type { TemplateBlock } from '../templates/defineTemplate';

/** The teacher's part of a built-in, with its model answer as template blocks or a template id. */
export type BuiltInTeacherNotes = {
  readonly answer: readonly TemplateBlock[] | { readonly template: string };
  readonly notes: string;
  readonly minutes: number;
  readonly learningGoals: readonly string[];
};

const threeVmsOn = (hypervisor: string): TemplateBlock[] =>
  (['A', 'B', 'C'] as const).flatMap((n): TemplateBlock[] => [
    [`guest-${n}`, 'os', 'ubuntu', hypervisor, { label: `Guest OS ${n}` }],
    [`libs-${n}`, 'library', 'python', `guest-${n}`],
    [`app-${n}`, 'app', 'web-app', `libs-${n}`, { label: `App ${n}` }],
  ]);

const docker = (hw: string, label?: string): TemplateBlock[] => [
  ['hw', 'hardware', hw, undefined, label === undefined ? undefined : { label }],
  ['host', 'os', 'ubuntu', 'hw'],
  ['docker', 'engine', 'docker', 'host'],
];

/** By exercise id (see builtInExercises.ts), in lesson order. */
export const BUILT_IN_TEACHER_NOTES: Readonly<Record<string, BuiltInTeacherNotes>> = {
  'vm-figure': {
    answer: { template: 'virtual-machines' },
    minutes: 8,
    learningGoals: [
      'A virtual machine carries a whole guest OS of its own.',
      'A type 2 hypervisor runs as a program on a host OS.',
      'Each app in a VM needs its own Bins/Libs inside that VM.',
    ],
    notes:
      'Watch for apps dropped straight onto the hypervisor (a VM needs a guest OS first) and for three apps on one guest OS (that is one VM, not three). Then ask: how much memory do the three guest OSes take before a single app runs? The Costs panel shows it.',
  },
  'container-figure': {
    answer: { template: 'containers' },
    minutes: 8,
    learningGoals: [
      'Containers share the host’s kernel: there is no guest OS.',
      'A container engine runs on an operating system.',
      'Apps on the same library block share one image layer, stored and loaded once.',
    ],
    notes:
      'A common slip is a guest OS inside the engine: there is no OS inside a container, and the app says so. Compare the memory with exercise 1 and ask where the difference went.',
  },
  'broken-stack': {
    answer: [
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
    ],
    minutes: 10,
    learningGoals: [
      'Read a problem, find its block, and fix the cause rather than the symptom.',
      'A type 2 hypervisor needs a host OS below it.',
      'An image built for one CPU fails on another with “exec format error”.',
      'A program linked against glibc cannot start on musl (Alpine).',
    ],
    notes:
      'The four mistakes: VirtualBox straight on the laptop (no host OS), the Shop built for arm64, the Cache (glibc) on Alpine, and Reports on the hypervisor with no OS. Students often delete what fails: the goal of three running apps stops that. Clicking a problem selects its block.',
  },
  'type-1-vs-type-2': {
    answer: [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ...threeVmsOn('esxi'),
    ],
    minutes: 8,
    learningGoals: [
      'A type 1 hypervisor runs straight on the hardware; a type 2 runs on a host OS.',
      'Data centres use type 1 hypervisors (ESXi, Hyper-V, Xen, KVM).',
      'KVM turns Linux itself into a type 1 hypervisor.',
    ],
    notes:
      'ESXi on bare metal, Windows Server with Hyper-V, Xen with Debian as Dom0 and Ubuntu with KVM all pass. Leaving VirtualBox installed beside KVM is flagged with a warning: two hypervisors fight over the CPU’s virtualization features.',
  },
  'fit-more': {
    answer: [
      ['hw', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['docker', 'engine', 'docker', 'host'],
      ['base', 'library', 'debian-slim', 'docker'],
      ...Array.from({ length: 8 }, (_, i): TemplateBlock => [
        `web-${i}`,
        'app',
        'web-app',
        'base',
        { label: 'Web' },
      ]),
    ],
    minutes: 10,
    learningGoals: [
      'A VM costs its whole memory allocation, whether the guest uses it or not.',
      'Containers cost only what runs in them, so many more fit.',
      'The Costs panel shows where the memory goes.',
    ],
    notes:
      'Eight Ubuntu VMs need 1024 + 150 + 8 × (2048 + 100) = 18,358 MiB, more than the 16 GiB laptop has; eight containers need 1024 + 100 + 15 + 8 × 55 = 1,579 MiB. Firecracker microVMs and eight processes on the host pass too: ask what each gives up.',
  },
  'share-layers': {
    answer: [
      ...docker('x86-server', 'Hardware'),
      ['libs-y', 'library', 'ubuntu-base', 'docker'],
      ['app-y', 'app', 'web-app', 'libs-y', { label: 'App Y' }],
      ['app-z', 'app', 'web-app', 'libs-y', { label: 'App Z' }],
    ],
    minutes: 5,
    learningGoals: [
      'Identical image layers are stored and loaded once per kernel.',
      'Only a common base is shared: two different base images share nothing.',
    ],
    notes:
      'Two separate debian-slim blocks pass as well: identical layers on identical layers below them are shared (Docker’s ChainID rule). Show the savings card in Costs before and after.',
  },
  'arm-on-x86': {
    answer: [
      ...docker('x86-server', 'Server'),
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop' }],
    ],
    minutes: 5,
    learningGoals: [
      'A container runs on the host’s own CPU: an arm64 image fails on x86 with “exec format error”.',
      'Multi-arch images carry one build per CPU and take the right one.',
    ],
    notes:
      'The fix is in the image (“Built for” in the Inspector: x86_64 or any), not in the server: a goal keeps the x86 server. Emulation with QEMU would run it, about ten times slower, and is flagged.',
  },
  'glibc-on-alpine': {
    answer: [
      ...docker('x86-server'),
      ['base', 'library', 'debian-slim', 'docker'],
      ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
    ],
    minutes: 5,
    learningGoals: [
      'A program is linked against one C library: glibc (Debian, Ubuntu) or musl (Alpine).',
      'A matching base image, or a compatibility layer such as gcompat, fixes it.',
    ],
    notes:
      'Three fixes pass: a glibc base image, gcompat on top of Alpine, or a musl build of the app. Ask which one a team would choose, and why Alpine images are small.',
  },
  'docker-on-mac': {
    answer: { template: 'docker-on-mac' },
    minutes: 5,
    learningGoals: [
      'Containers need a Linux kernel; macOS and Windows do not have one.',
      'Docker Desktop runs a hidden Linux VM, and the containers run inside it.',
    ],
    notes:
      'Docker Desktop, Podman with its machine, or a Linux VM made by hand all pass. Ask where the containers’ kernel is, and what that VM costs.',
  },
  'containers-in-vms': {
    answer: { template: 'containers-in-vms' },
    minutes: 8,
    learningGoals: [
      'VMs and containers combine: each customer gets a VM and runs containers inside it.',
      'Layers are shared inside one VM’s kernel, never between two VMs.',
    ],
    notes:
      'Ask whether the two VMs share their debian-slim layer (no: two kernels, two image stores). Any hypervisor passes, type 1 or type 2.',
  },
  nested: {
    answer: [
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: true } }],
      [
        'vm',
        'os',
        'ubuntu',
        'kvm',
        { label: 'Cloud VM', props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } },
      ],
      ['inner-kvm', 'hypervisor', 'kvm', 'vm'],
      ['inner', 'os', 'ubuntu', 'inner-kvm'],
      ['libs', 'library', 'python', 'inner'],
      ['app', 'app', 'web-app', 'libs'],
    ],
    minutes: 8,
    learningGoals: [
      'A hypervisor inside a VM needs the outer hypervisor to pass on the virtualization extensions (nested virtualization).',
      'Nesting works, but every layer costs performance.',
    ],
    notes:
      'The warning that stays is expected: nested virtualization is legal but slower, so this exercise asks for no errors, not for no warnings. The fix is a setting on the outer KVM, not a new block.',
  },
  'isolation-vs-density': {
    answer: [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Server' }],
      ['host', 'os', 'ubuntu', 'hw'],
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['bank-vm', 'os', 'ubuntu', 'kvm', { label: 'Bank VM' }],
      ['bank-libs', 'library', 'python', 'bank-vm'],
      ['bank', 'app', 'web-app', 'bank-libs', { label: 'Bank' }],
      ['shop-vm', 'os', 'ubuntu', 'kvm', { label: 'Shop VM', props: { vmMemoryMiB: 4096 } }],
      ['shop-docker', 'engine', 'docker', 'shop-vm'],
      ['base', 'library', 'debian-slim', 'shop-docker'],
      ...Array.from({ length: 3 }, (_, i): TemplateBlock => [
        `shop-${i}`,
        'app',
        'web-app',
        'base',
        { label: 'Shop' },
      ]),
    ],
    minutes: 10,
    learningGoals: [
      'Separate kernels isolate; containers on one kernel do not.',
      'A new container starts in a fraction of a second; a new VM boots a whole OS first.',
      'Real designs mix both: VMs for isolation, containers inside them for density.',
    ],
    notes:
      'Firecracker microVMs for everyone pass too: one more Shop starts in 125 + 300 ms. Ask each student to justify their stack in one sentence.',
  },
};
