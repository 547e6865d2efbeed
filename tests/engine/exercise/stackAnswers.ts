import type { B } from '../../helpers/buildDesign';
import { copies, right, vm, wrong, type ExerciseAnswers } from './answer';

const X86: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
];
const X86_DOCKER: readonly B[] = [...X86, ['docker', 'engine', 'docker', 'host']];
const LAPTOP: readonly B[] = [
  ['laptop', 'hardware', 'laptop'],
  ['host', 'os', 'ubuntu', 'laptop'],
];
const MAC: readonly B[] = [
  ['mac', 'hardware', 'mac-apple-silicon'],
  ['macos', 'os', 'macos', 'mac'],
];
/** The Frontend and the API of "Docker on a Mac", on a base layer `on`. */
const twoApps = (on: string): B[] => [
  ['front', 'app', 'web-app', on, { label: 'Frontend' }],
  ['api', 'app', 'api-service', on, { label: 'API' }],
];
/** The cloud of "A VM inside a VM": nested virtualization on or off, and its 8 GiB VM. */
const cloud = (nested: boolean): B[] => [
  ...X86,
  ['kvm', 'hypervisor', 'kvm', 'host', { props: { nestedVirtualization: nested } }],
  [
    'vm',
    'os',
    'ubuntu',
    'kvm',
    { label: 'Cloud VM', props: { vmMemoryMiB: 8192, vmDiskMiB: 65536 } },
  ],
];
const shop = (on: string, props?: { arch: 'any' | 'x86_64' | 'arm64' }): B => [
  'shop',
  'app',
  'web-app',
  on,
  { label: 'Shop', ...(props ? { props } : {}) },
];

/** Answers to exercises 3 and 7–12: repairs, architectures, C libraries, Macs, nesting, isolation. */
export const STACK_ANSWERS: Readonly<Record<string, ExerciseAnswers>> = {
  'broken-stack': {
    right: [
      right(
        'A host OS under VirtualBox, a multi-arch Shop, Cache on Debian, Reports in the VM with Python.',
        [
          ...LAPTOP,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ['guest', 'os', 'ubuntu', 'vbox', { label: 'Dev VM' }],
          ['docker', 'engine', 'docker', 'guest'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base'),
          ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
          ['libs', 'library', 'python', 'guest'],
          ['reports', 'app', 'database', 'libs', { label: 'Reports' }],
        ],
      ),
      right('Flattened: all three apps as containers on the laptop’s own host OS.', [
        ...LAPTOP,
        ['docker', 'engine', 'docker', 'host'],
        ['base', 'library', 'debian-slim', 'docker'],
        shop('base', { arch: 'x86_64' }),
        ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
        ['reports', 'app', 'database', 'base', { label: 'Reports' }],
      ]),
      right('Cache kept on alpine with gcompat; Reports in a Debian VM of its own.', [
        ...LAPTOP,
        ['vbox', 'hypervisor', 'virtualbox', 'host'],
        ['guest', 'os', 'ubuntu', 'vbox', { label: 'Dev VM' }],
        ['docker', 'engine', 'docker', 'guest'],
        ['base', 'library', 'debian-slim', 'docker'],
        shop('base', { arch: 'any' }),
        ['alpine', 'library', 'alpine-base', 'docker'],
        ['gcompat', 'library', 'gcompat', 'alpine'],
        ['cache', 'app', 'web-app', 'gcompat', { label: 'Cache' }],
        ['reports-vm', 'os', 'debian', 'vbox'],
        ['reports', 'app', 'database', 'reports-vm', { label: 'Reports' }],
      ]),
    ],
    wrong: [
      wrong(
        'No errors left, but only because two apps were deleted.',
        ['apps'],
        [
          ...LAPTOP,
          ['docker', 'engine', 'docker', 'host'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base'),
        ],
      ),
      wrong(
        'Three mistakes fixed; the Shop is still the arm64 build: exec format error.',
        ['no-errors'],
        [
          ...LAPTOP,
          ['docker', 'engine', 'docker', 'host'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base', { arch: 'arm64' }),
          ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
          ['reports', 'app', 'database', 'base', { label: 'Reports' }],
        ],
      ),
      wrong(
        'Reports still sits straight on VirtualBox: it cannot run there.',
        ['no-errors', 'apps'],
        [
          ...LAPTOP,
          ['vbox', 'hypervisor', 'virtualbox', 'host'],
          ['guest', 'os', 'ubuntu', 'vbox', { label: 'Dev VM' }],
          ['docker', 'engine', 'docker', 'guest'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base'),
          ['cache', 'app', 'web-app', 'base', { label: 'Cache' }],
          ['reports', 'app', 'database', 'vbox', { label: 'Reports' }],
        ],
      ),
    ],
  },

  'arm-on-x86': {
    right: [
      right('The Shop rebuilt as a multi-arch image.', [
        ...X86_DOCKER,
        ['base', 'library', 'debian-slim', 'docker'],
        shop('base', { arch: 'any' }),
      ]),
      right('The Shop rebuilt for x86_64, on Alpine this time.', [
        ...X86_DOCKER,
        ['base', 'library', 'alpine-base', 'docker'],
        ['gc', 'library', 'gcompat', 'base'],
        shop('gc', { arch: 'x86_64' }),
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: an arm64 image on an x86 CPU.',
        ['no-problem', 'no-errors'],
        [
          ...X86_DOCKER,
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base', { arch: 'arm64' }),
        ],
      ),
      wrong(
        'The server swapped for an Arm one: the brief keeps this x86 server.',
        ['uses-variant'],
        [
          ['hw', 'hardware', 'arm-server'],
          ['host', 'os', 'ubuntu', 'hw'],
          ['docker', 'engine', 'docker', 'host'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base', { arch: 'arm64' }),
        ],
      ),
      wrong(
        'An Arm server bought beside it for the Shop: one server was the point.',
        ['role-count'],
        [
          ...X86_DOCKER,
          ['arm', 'hardware', 'arm-server'],
          ['arm-host', 'os', 'debian', 'arm'],
          ['arm-docker', 'engine', 'docker', 'arm-host'],
          ['base', 'library', 'debian-slim', 'arm-docker'],
          shop('base', { arch: 'arm64' }),
        ],
      ),
    ],
  },

  'glibc-on-alpine': {
    right: [
      right('Cache on a glibc base image.', [
        ...X86_DOCKER,
        ['deb', 'library', 'debian-slim', 'docker'],
        ['cache', 'app', 'web-app', 'deb', { label: 'Cache' }],
      ]),
      right('Alpine kept, with the gcompat compatibility layer.', [
        ...X86_DOCKER,
        ['alpine', 'library', 'alpine-base', 'docker'],
        ['gc', 'library', 'gcompat', 'alpine'],
        ['cache', 'app', 'web-app', 'gc', { label: 'Cache' }],
      ]),
      right('Cache rebuilt against musl.', [
        ...X86_DOCKER,
        ['alpine', 'library', 'alpine-base', 'docker'],
        ['cache', 'app', 'web-app', 'alpine', { label: 'Cache', props: { libc: 'musl' } }],
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: glibc program, musl image.',
        ['no-problem', 'no-errors'],
        [
          ...X86_DOCKER,
          ['alpine', 'library', 'alpine-base', 'docker'],
          ['cache', 'app', 'web-app', 'alpine', { label: 'Cache' }],
        ],
      ),
      wrong(
        'The layer removed (FROM scratch): the dynamically linked Cache finds no C library at all.',
        ['no-errors'],
        [...X86_DOCKER, ['cache', 'app', 'web-app', 'docker', { label: 'Cache' }]],
      ),
      wrong(
        'distroless/static brings no C library either.',
        ['no-problem', 'no-errors'],
        [
          ...X86_DOCKER,
          ['d', 'library', 'distroless-static', 'docker'],
          ['cache', 'app', 'web-app', 'd', { label: 'Cache' }],
        ],
      ),
    ],
  },

  'docker-on-mac': {
    right: [
      right('Docker Desktop brings its Linux VM.', [
        ...MAC,
        ['dd', 'engine', 'docker-desktop', 'macos'],
        ['base', 'library', 'debian-slim', 'dd'],
        ...twoApps('base'),
      ]),
      right('Podman with its machine, as legal as Docker Desktop.', [
        ...MAC,
        ['pm', 'engine', 'podman-machine', 'macos'],
        ['base', 'library', 'debian-slim', 'pm'],
        ...twoApps('base'),
      ]),
      right('A Linux VM made by hand in VirtualBox, Docker Engine inside it.', [
        ...MAC,
        ['vbox', 'hypervisor', 'virtualbox', 'macos'],
        ['linux', 'os', 'ubuntu', 'vbox'],
        ['docker', 'engine', 'docker', 'linux'],
        ['base', 'library', 'debian-slim', 'docker'],
        ...twoApps('base'),
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: Docker Engine needs a Linux kernel.',
        ['no-errors'],
        [
          ...MAC,
          ['docker', 'engine', 'docker', 'macos'],
          ['base', 'library', 'debian-slim', 'docker'],
          ...twoApps('base'),
        ],
      ),
      wrong(
        'Plain Podman on macOS: no Linux kernel either.',
        ['no-errors'],
        [
          ...MAC,
          ['podman', 'engine', 'podman', 'macos'],
          ['base', 'library', 'debian-slim', 'podman'],
          ...twoApps('base'),
        ],
      ),
      wrong(
        'The Linux apps installed natively on macOS: wrong kernel, and not containers.',
        ['no-errors', 'apps-as'],
        [...MAC, ...twoApps('macos')],
      ),
      wrong(
        'The Mac swapped for a Linux server.',
        ['uses-variant'],
        [...X86_DOCKER, ['base', 'library', 'debian-slim', 'docker'], ...twoApps('base')],
      ),
    ],
  },

  'containers-in-vms': {
    right: [
      right('ESXi, two Ubuntu VMs, Docker in each, two containers per VM.', [
        ['hw', 'hardware', 'x86-server'],
        ['esxi', 'hypervisor', 'esxi', 'hw'],
        ...(['1', '2'] as const).flatMap((n): B[] => [
          [`vm${n}`, 'os', 'ubuntu', 'esxi'],
          [`docker${n}`, 'engine', 'docker', `vm${n}`],
          [`base${n}`, 'library', 'debian-slim', `docker${n}`],
          ...copies(2, `base${n}`, `Customer ${n}`),
        ]),
      ]),
      right('KVM, two Debian VMs, Podman in each, static binaries on alpine.', [
        ...X86,
        ['kvm', 'hypervisor', 'kvm', 'host'],
        ...(['1', '2'] as const).flatMap((n): B[] => [
          [`vm${n}`, 'os', 'debian', 'kvm'],
          [`podman${n}`, 'engine', 'podman', `vm${n}`],
          [`base${n}`, 'library', 'alpine-base', `podman${n}`],
          ...copies(2, `base${n}`, `Customer ${n}`, 'static-binary'),
        ]),
      ]),
    ],
    wrong: [
      wrong(
        'Two engines, but in one VM: one customer VM, not two.',
        ['role-count'],
        [
          ['hw', 'hardware', 'x86-server'],
          ['esxi', 'hypervisor', 'esxi', 'hw'],
          ['vm', 'os', 'ubuntu', 'esxi'],
          ['docker', 'engine', 'docker', 'vm'],
          ['podman', 'engine', 'podman', 'vm'],
          ['b1', 'library', 'debian-slim', 'docker'],
          ...copies(2, 'b1', 'A'),
          ['b2', 'library', 'debian-slim', 'podman'],
          ...copies(2, 'b2', 'B'),
        ],
      ),
      wrong(
        'Two VMs, but the apps installed natively in them: no engines, no containers.',
        ['role-count', 'apps-as'],
        [
          ['hw', 'hardware', 'x86-server'],
          ['esxi', 'hypervisor', 'esxi', 'hw'],
          ...vm('v1', 'esxi'),
          ...vm('v2', 'esxi'),
          ...vm('v3', 'esxi'),
          ...vm('v4', 'esxi'),
        ],
      ),
      wrong(
        'Two Docker Desktops on a Mac: hidden VMs, not customer VMs on a server.',
        ['role-count'],
        [
          ...MAC,
          ...(['1', '2'] as const).flatMap((n): B[] => [
            [`dd${n}`, 'engine', 'docker-desktop', 'macos', { props: { vmMemoryMiB: 4096 } }],
            [`base${n}`, 'library', 'debian-slim', `dd${n}`],
            ...copies(2, `base${n}`, `Customer ${n}`),
          ]),
        ],
      ),
    ],
  },

  nested: {
    right: [
      right('Nested virtualization switched on; KVM in the cloud VM; an app in its guest.', [
        ...cloud(true),
        ['inner-kvm', 'hypervisor', 'kvm', 'vm'],
        ['inner', 'os', 'ubuntu', 'inner-kvm'],
        ['app', 'app', 'web-app', 'inner'],
      ]),
      right('Nested on; VirtualBox in the cloud VM with an Alpine guest.', [
        ...cloud(true),
        ['vbox', 'hypervisor', 'virtualbox', 'vm'],
        ['inner', 'os', 'alpine', 'vbox'],
        ['app', 'app', 'static-binary', 'inner'],
      ]),
      right('Nested on; Firecracker microVMs in the cloud VM.', [
        ...cloud(true),
        ['fc', 'hypervisor', 'firecracker', 'vm'],
        ['inner', 'os', 'microvm-linux', 'fc'],
        ['app', 'app', 'web-app', 'inner'],
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: no inner hypervisor, no app.',
        ['role-count', 'apps'],
        cloud(false),
      ),
      wrong(
        'The inner VM built, but nested virtualization still off: the inner KVM cannot start VMs.',
        ['no-errors'],
        [
          ...cloud(false),
          ['inner-kvm', 'hypervisor', 'kvm', 'vm'],
          ['inner', 'os', 'ubuntu', 'inner-kvm'],
          ['app', 'app', 'web-app', 'inner'],
        ],
      ),
      wrong(
        'The app runs in the cloud VM itself: no VM inside a VM.',
        ['role-count'],
        [...cloud(true), ['app', 'app', 'web-app', 'vm']],
      ),
      wrong(
        'ESXi installed on the cloud VM’s Ubuntu: a type 1 hypervisor is not installed on an OS.',
        ['role-count', 'apps', 'no-errors'],
        [
          ...cloud(true),
          ['esxi', 'hypervisor', 'esxi', 'vm'],
          ['inner', 'os', 'ubuntu', 'esxi'],
          ['app', 'app', 'web-app', 'inner'],
        ],
      ),
    ],
  },

  'isolation-vs-density': {
    right: [
      right('The Bank in a VM of its own; three Shop containers in another VM (900 ms each).', [
        ...X86,
        ['kvm', 'hypervisor', 'kvm', 'host'],
        ['bank-vm', 'os', 'ubuntu', 'kvm'],
        ['bank', 'app', 'web-app', 'bank-vm', { label: 'Bank' }],
        ['shop-vm', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 4096 } }],
        ['docker', 'engine', 'docker', 'shop-vm'],
        ['base', 'library', 'debian-slim', 'docker'],
        ...copies(3, 'base', 'Shop'),
      ]),
      right('The Bank in a Firecracker microVM; the Shops as containers on the host.', [
        ...X86,
        ['fc', 'hypervisor', 'firecracker', 'host'],
        ['bank-vm', 'os', 'microvm-linux', 'fc'],
        ['bank', 'app', 'web-app', 'bank-vm', { label: 'Bank' }],
        ['docker', 'engine', 'docker', 'host'],
        ['base', 'library', 'debian-slim', 'docker'],
        ...copies(3, 'base', 'Shop'),
      ]),
      right('Everyone in Firecracker microVMs: one more Shop boots in 125 + 300 ms.', [
        ...X86,
        ['fc', 'hypervisor', 'firecracker', 'host'],
        ...['Bank', 'Shop', 'Shop', 'Shop'].flatMap((label, i): B[] => [
          [`mv${i}`, 'os', 'microvm-linux', 'fc'],
          [`app${i}`, 'app', 'web-app', `mv${i}`, { label }],
        ]),
      ]),
    ],
    wrong: [
      wrong(
        'The starting point: one kernel for both, one Shop.',
        ['separate-kernels', 'apps'],
        [
          ...X86_DOCKER,
          ['base', 'library', 'debian-slim', 'docker'],
          ['bank', 'app', 'web-app', 'base', { label: 'Bank' }],
          shop('base'),
        ],
      ),
      wrong(
        'Four apps, but three of them Banks: the Shop needs three copies of itself.',
        ['apps'],
        [
          ...X86,
          ['kvm', 'hypervisor', 'kvm', 'host'],
          ['bank-vm', 'os', 'ubuntu', 'kvm'],
          ...copies(3, 'bank-vm', 'Bank'),
          ['docker', 'engine', 'docker', 'host'],
          ['base', 'library', 'debian-slim', 'docker'],
          shop('base'),
        ],
      ),
      wrong(
        'A second server for the Shops: one server was the brief.',
        ['role-count'],
        [
          ...X86,
          ['bank', 'app', 'web-app', 'host', { label: 'Bank' }],
          ['hw2', 'hardware', 'x86-server'],
          ['host2', 'os', 'ubuntu', 'hw2'],
          ['docker2', 'engine', 'docker', 'host2'],
          ['base', 'library', 'debian-slim', 'docker2'],
          ...copies(3, 'base', 'Shop'),
        ],
      ),
      wrong(
        'Every Shop in an Ubuntu VM: isolated, but one more Shop boots 8800 + 300 ms.',
        ['copy-start-under'],
        [
          ...X86,
          ['kvm', 'hypervisor', 'kvm', 'host'],
          ...vm('bank', 'kvm', { label: 'Bank' }),
          ...vm('s1', 'kvm', { label: 'Shop' }),
          ...vm('s2', 'kvm', { label: 'Shop' }),
          ...vm('s3', 'kvm', { label: 'Shop' }),
        ],
      ),
    ],
  },
};
