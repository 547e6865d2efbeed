import type { B } from '../../helpers/buildDesign';
import { copies, right, threeVms, vm, wrong, type ExerciseAnswers } from './answer';

const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];
const LAPTOP: readonly B[] = [
  ['hw', 'hardware', 'laptop'],
  ['host', 'os', 'ubuntu', 'hw'],
];
const WINDOWS: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['win', 'os', 'windows-server', 'hw'],
];

/** Answers to exercises 1–6: the lesson's two figures, type 1 vs 2, density, sharing. */
export const FIGURE_ANSWERS: Readonly<Record<string, ExerciseAnswers>> = {
  'vm-figure': {
    right: [
      right(
        'The figure itself: VirtualBox (type 2) on Ubuntu, three VMs with Python under each app.',
        [...LAPTOP, ['vbox', 'hypervisor', 'virtualbox', 'host'], ...threeVms('vbox')],
      ),
      right('KVM may be called type 2 as well (the lesson’s reference: never fail either name).', [
        ...X86,
        ['kvm', 'hypervisor', 'kvm', 'host'],
        ...vm('a', 'kvm', { os: 'debian', lib: 'node' }),
        ...vm('b', 'kvm', { os: 'debian', lib: 'node' }),
        ...vm('c', 'kvm', { os: 'debian', lib: 'node' }),
      ]),
      right(
        'VMware Workstation, another type 2, on Windows Server, with Java under each service.',
        [
          ['hw', 'hardware', 'laptop'],
          ['win', 'os', 'windows-server', 'hw'],
          ['ws', 'hypervisor', 'vmware-workstation', 'win'],
          ...vm('a', 'ws', { lib: 'jre', app: 'api-service' }),
          ...vm('b', 'ws', { lib: 'jre', app: 'api-service' }),
          ...vm('c', 'ws', { lib: 'jre', app: 'api-service' }),
        ],
      ),
    ],
    wrong: [
      wrong(
        'Hyper-V turned on in Windows Server is type 1 (Windows becomes its root partition), not the type 2 the figure shows.',
        ['role-count'],
        [...WINDOWS, ['hv', 'hypervisor', 'hyper-v', 'win'], ...threeVms('hv')],
      ),
      wrong(
        'The apps sit straight on their guest OSes: the figure gives each its own Bins/Libs.',
        ['apps-on-libraries'],
        [
          ...LAPTOP,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ...(['a', 'b', 'c'] as const).flatMap((n): B[] => [
            [`${n}-os`, 'os', 'ubuntu', 'vbox'],
            [`${n}-app`, 'app', 'web-app', `${n}-os`],
          ]),
        ],
      ),
      wrong(
        'ESXi is a bare-metal (type 1) hypervisor: there is no host OS below the VMs.',
        ['role-count'],
        [
          ['hw', 'hardware', 'x86-server'],
          ['esxi', 'hypervisor', 'esxi', 'hw'],
          ...threeVms('esxi'),
        ],
      ),
      wrong(
        'The figure, with a spare guest OS left lying about, not installed: the figure has no such warning.',
        ['no-warnings'],
        [
          ...LAPTOP,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ...threeVms('vbox'),
          ['spare', 'os', 'ubuntu'],
        ],
      ),
    ],
  },

  'container-figure': {
    right: [
      right('The figure: App X on its own layer, App Y and App Z sharing one Bins/Libs block.', [
        ...X86,
        ['docker', 'engine', 'docker', 'host'],
        ['libs-x', 'library', 'ubuntu-base', 'docker'],
        ['x', 'app', 'web-app', 'libs-x', { label: 'App X' }],
        ['libs-yz', 'library', 'debian-slim', 'docker'],
        ['y', 'app', 'web-app', 'libs-yz', { label: 'App Y' }],
        ['z', 'app', 'api-service', 'libs-yz', { label: 'App Z' }],
      ]),
      right(
        'Podman on Debian: two separate but identical alpine layers are one layer to the engine.',
        [
          ['hw', 'hardware', 'x86-server'],
          ['deb', 'os', 'debian', 'hw'],
          ['podman', 'engine', 'podman', 'deb'],
          ['d', 'library', 'distroless-static', 'podman'],
          ['x', 'app', 'static-binary', 'd'],
          ['a1', 'library', 'alpine-base', 'podman'],
          ['y', 'app', 'static-binary', 'a1'],
          ['a2', 'library', 'alpine-base', 'podman'],
          ['z', 'app', 'static-binary', 'a2'],
        ],
      ),
      right('Docker Desktop on a Mac: the containers share a layer inside its hidden VM.', [
        ['mac', 'hardware', 'mac-apple-silicon'],
        ['macos', 'os', 'macos', 'mac'],
        ['dd', 'engine', 'docker-desktop', 'macos'],
        ['base', 'library', 'debian-slim', 'dd'],
        ...copies(3, 'base', 'App'),
      ]),
    ],
    wrong: [
      wrong(
        'Three containers, but each on a different base image: nothing is shared.',
        ['shared-layer'],
        [
          ...X86,
          ['docker', 'engine', 'docker', 'host'],
          ['l1', 'library', 'ubuntu-base', 'docker'],
          ['x', 'app', 'web-app', 'l1'],
          ['l2', 'library', 'debian-slim', 'docker'],
          ['y', 'app', 'web-app', 'l2'],
          ['l3', 'library', 'alpine-base', 'docker'],
          ['z', 'app', 'static-binary', 'l3'],
        ],
      ),
      wrong(
        'The VM figure: apps in VMs, not containers, and no VM shares its libraries.',
        ['apps-as', 'shared-layer'],
        [...LAPTOP, ['vbox', 'hypervisor', 'virtualbox', 'host'], ...threeVms('vbox')],
      ),
      wrong(
        'Two apps on identical layers, but in two VMs: different kernels, different layer stores, no sharing.',
        ['shared-layer'],
        [
          ['hw', 'hardware', 'x86-server'],
          ['esxi', 'hypervisor', 'esxi', 'hw'],
          ['vm1', 'os', 'ubuntu', 'esxi'],
          ['d1', 'engine', 'docker', 'vm1'],
          ['l1', 'library', 'debian-slim', 'd1'],
          ['x', 'app', 'web-app', 'l1'],
          ['u1', 'library', 'ubuntu-base', 'd1'],
          ['z', 'app', 'web-app', 'u1'],
          ['vm2', 'os', 'ubuntu', 'esxi'],
          ['d2', 'engine', 'docker', 'vm2'],
          ['l2', 'library', 'debian-slim', 'd2'],
          ['y', 'app', 'web-app', 'l2'],
        ],
      ),
    ],
  },

  'type-1-vs-type-2': {
    right: [
      right('ESXi straight on the server.', [
        ['hw', 'hardware', 'x86-server'],
        ['esxi', 'hypervisor', 'esxi', 'hw'],
        ...threeVms('esxi'),
      ]),
      right('Windows Server with the Hyper-V role: Hyper-V slides under Windows, type 1.', [
        ...WINDOWS,
        ['hv', 'hypervisor', 'hyper-v', 'win'],
        ...threeVms('hv'),
      ]),
      right('Linux with KVM: type 1 for Red Hat and AWS (never fail either name).', [
        ...X86,
        ['kvm', 'hypervisor', 'kvm', 'host'],
        ...threeVms('kvm'),
      ]),
      right('Xen installed from Debian’s packages: Debian becomes Dom0, Xen is type 1.', [
        ['hw', 'hardware', 'x86-server'],
        ['deb', 'os', 'debian', 'hw'],
        ['xen', 'hypervisor', 'xen', 'deb'],
        ...threeVms('xen'),
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: VirtualBox is type 2.',
        ['role-count'],
        [...X86, ['vbox', 'hypervisor', 'virtualbox', 'host'], ...threeVms('vbox')],
      ),
      wrong(
        'VMware Workstation on Windows Server is still a hosted (type 2) hypervisor.',
        ['role-count'],
        [...WINDOWS, ['ws', 'hypervisor', 'vmware-workstation', 'win'], ...threeVms('ws')],
      ),
      wrong(
        'KVM added and the VMs moved onto it, but VirtualBox left installed beside it: two hypervisors fight over the CPU’s virtualization features (a warning).',
        ['no-warnings'],
        [
          ...X86,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ['kvm', 'hypervisor', 'kvm', 'host'],
          ...threeVms('kvm'),
        ],
      ),
      wrong(
        'Type 1, but the three apps became containers in one VM: the brief keeps them in VMs.',
        ['apps-as'],
        [
          ['hw', 'hardware', 'x86-server'],
          ['esxi', 'hypervisor', 'esxi', 'hw'],
          ['vm', 'os', 'ubuntu', 'esxi'],
          ['docker', 'engine', 'docker', 'vm'],
          ['base', 'library', 'debian-slim', 'docker'],
          ...copies(3, 'base', 'App'),
        ],
      ),
    ],
  },

  'fit-more': {
    right: [
      right('Eight containers on one kernel: 1024 + 100 + 15 + 8 × 55 = 1579 MiB.', [
        ...LAPTOP,
        ['docker', 'engine', 'docker', 'host'],
        ['base', 'library', 'debian-slim', 'docker'],
        ...copies(8, 'base', 'Web'),
      ]),
      right('Eight Firecracker microVMs: VMs can be light too, 1024 + 8 × (128 + 5) = 2088 MiB.', [
        ...LAPTOP,
        ['fc', 'hypervisor', 'firecracker', 'host'],
        ...Array.from({ length: 8 }, (_, i): B[] => [
          [`mv${i}`, 'os', 'microvm-linux', 'fc'],
          [`app${i}`, 'app', 'web-app', `mv${i}`],
        ]).flat(),
      ]),
      right('Eight processes on the host sharing its Python: 1024 + 10 + 8 × 50 = 1434 MiB.', [
        ...LAPTOP,
        ['py', 'library', 'python', 'host'],
        ...copies(8, 'py', 'Web'),
      ]),
    ],
    wrong: [
      wrong(
        'Eight Ubuntu VMs: 1024 + 150 + 8 × (2048 + 100) = 18358 MiB, more than the laptop has.',
        ['no-errors', 'memory-under'],
        [
          ...LAPTOP,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ...Array.from({ length: 8 }, (_, i) => vm(`v${i}`, 'vbox')).flat(),
        ],
      ),
      wrong(
        'Eight containers, but on an x86 server: the laptop had to stay.',
        ['uses-variant'],
        [
          ...X86,
          ['docker', 'engine', 'docker', 'host'],
          ['base', 'library', 'debian-slim', 'docker'],
          ...copies(8, 'base', 'Web'),
        ],
      ),
      wrong(
        'A second laptop with four more VMs: each fits, but together they use 2 × 9766 MiB.',
        ['memory-under'],
        (['l1', 'l2'] as const).flatMap((l): B[] => [
          [l, 'hardware', 'laptop'],
          [`${l}-host`, 'os', 'ubuntu', l],
          [`${l}-vbox`, 'hypervisor', 'virtualbox', `${l}-host`],
          ...Array.from({ length: 4 }, (_, i) => vm(`${l}-v${i}`, `${l}-vbox`)).flat(),
        ]),
      ),
    ],
  },

  'share-layers': {
    right: [
      right('App Z moved onto App Y’s ubuntu layer.', [
        ...X86,
        ['docker', 'engine', 'docker', 'host'],
        ['libs-y', 'library', 'ubuntu-base', 'docker'],
        ['app-y', 'app', 'web-app', 'libs-y', { label: 'App Y' }],
        ['app-z', 'app', 'web-app', 'libs-y', { label: 'App Z' }],
      ]),
      right('Both rebuilt on Python on debian-slim: two identical runtime layers on one base.', [
        ...X86,
        ['docker', 'engine', 'docker', 'host'],
        ['deb', 'library', 'debian-slim', 'docker'],
        ['py-y', 'library', 'python', 'deb'],
        ['app-y', 'app', 'web-app', 'py-y', { label: 'App Y' }],
        ['py-z', 'library', 'python', 'deb'],
        ['app-z', 'app', 'web-app', 'py-z', { label: 'App Z' }],
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: Ubuntu and Debian bases share nothing.',
        ['shared-layer'],
        [
          ...X86,
          ['docker', 'engine', 'docker', 'host'],
          ['libs-y', 'library', 'ubuntu-base', 'docker'],
          ['app-y', 'app', 'web-app', 'libs-y', { label: 'App Y' }],
          ['libs-z', 'library', 'debian-slim', 'docker'],
          ['app-z', 'app', 'web-app', 'libs-z', { label: 'App Z' }],
        ],
      ),
      wrong(
        'The same Python runtime on two different bases: layers are shared only on the same layers below (ChainID).',
        ['shared-layer'],
        [
          ...X86,
          ['docker', 'engine', 'docker', 'host'],
          ['ubu', 'library', 'ubuntu-base', 'docker'],
          ['py-y', 'library', 'python', 'ubu'],
          ['app-y', 'app', 'web-app', 'py-y', { label: 'App Y' }],
          ['deb', 'library', 'debian-slim', 'docker'],
          ['py-z', 'library', 'python', 'deb'],
          ['app-z', 'app', 'web-app', 'py-z', { label: 'App Z' }],
        ],
      ),
      wrong(
        'Identical debian layers, but under two different engines on two hosts: two layer stores.',
        ['shared-layer'],
        (['y', 'z'] as const).flatMap((n): B[] => [
          [`hw-${n}`, 'hardware', 'x86-server'],
          [`host-${n}`, 'os', 'ubuntu', `hw-${n}`],
          [`docker-${n}`, 'engine', 'docker', `host-${n}`],
          [`libs-${n}`, 'library', 'debian-slim', `docker-${n}`],
          [`app-${n}`, 'app', 'web-app', `libs-${n}`, { label: `App ${n.toUpperCase()}` }],
        ]),
      ),
    ],
  },
};
