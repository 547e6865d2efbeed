import { defineTemplate, type Template } from './defineTemplate';

export type { Template } from './defineTemplate';
export { EMPTY_TEMPLATE } from './emptyTemplate';

const vm = (n: string, label: string) =>
  [
    [`guest-${n}`, 'os', 'ubuntu', 'virtualbox', { label: `Guest OS ${n.toUpperCase()}` }],
    [`libs-${n}`, 'library', 'python', `guest-${n}`, { label: 'Bins/Libs' }],
    [`app-${n}`, 'app', 'web-app', `libs-${n}`, { label }],
  ] as const;

/** The starting points offered in the Templates menu, in menu order. */
export const TEMPLATES: readonly Template[] = [
  defineTemplate(
    'virtual-machines',
    'Virtual machines (Using Docker, figure 1.1)',
    'Three apps, each in its own VM with its own guest OS, on a type 2 hypervisor.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Hardware' }],
      ['host', 'os', 'ubuntu', 'hw', { label: 'Host OS' }],
      ['virtualbox', 'hypervisor', 'virtualbox', 'host', { label: 'Hypervisor' }],
      ...vm('a', 'App A'),
      ...vm('b', 'App B'),
      ...vm('c', 'App C'),
    ],
  ),
  defineTemplate(
    'containers',
    'Containers (Using Docker, figure 1.2)',
    'The same idea with containers: one kernel, and App Y and App Z share their libraries.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Hardware' }],
      ['host', 'os', 'ubuntu', 'hw', { label: 'Host OS' }],
      ['docker', 'engine', 'docker', 'host', { label: 'Container engine' }],
      ['libs-x', 'library', 'ubuntu-base', 'docker', { label: 'Bins/Libs' }],
      ['app-x', 'app', 'web-app', 'libs-x', { label: 'App X' }],
      ['libs-yz', 'library', 'debian-slim', 'docker', { label: 'Bins/Libs (shared)' }],
      ['app-y', 'app', 'web-app', 'libs-yz', { label: 'App Y' }],
      ['app-z', 'app', 'web-app', 'libs-yz', { label: 'App Z' }],
    ],
  ),
  defineTemplate(
    'type-1-server',
    'Type 1 hypervisor server',
    'A bare-metal hypervisor boots first and runs three different guest operating systems.',
    [
      ['hw', 'hardware', 'x86-server'],
      ['esxi', 'hypervisor', 'esxi', 'hw'],
      ['web-vm', 'os', 'ubuntu', 'esxi', { label: 'Web VM' }],
      ['web', 'app', 'web-app', 'web-vm', { label: 'Shop' }],
      ['db-vm', 'os', 'debian', 'esxi', { label: 'Database VM', props: { vmMemoryMiB: 4096 } }],
      ['db', 'app', 'database', 'db-vm', { label: 'Orders DB' }],
      ['win-vm', 'os', 'windows-server', 'esxi', { label: 'Windows VM' }],
      ['win-app', 'app', 'windows-service', 'win-vm', { label: 'Payroll' }],
    ],
  ),
  defineTemplate(
    'containers-in-vms',
    'Containers inside VMs (the cloud pattern)',
    'Two VMs on Linux + KVM, each running Docker with containers that share their layers.',
    [
      ['hw', 'hardware', 'x86-server', undefined, { label: 'Cloud server' }],
      ['host', 'os', 'ubuntu', 'hw', { label: 'Host OS' }],
      ['kvm', 'hypervisor', 'kvm', 'host'],
      ['vm-1', 'os', 'ubuntu', 'kvm', { label: 'VM 1', props: { vmMemoryMiB: 4096 } }],
      ['docker-1', 'engine', 'docker', 'vm-1'],
      ['base-1', 'library', 'debian-slim', 'docker-1'],
      ['py-1', 'library', 'python', 'base-1'],
      ['api-1', 'app', 'api-service', 'py-1', { label: 'API' }],
      ['worker-1', 'app', 'api-service', 'py-1', { label: 'Worker' }],
      ['vm-2', 'os', 'ubuntu', 'kvm', { label: 'VM 2', props: { vmMemoryMiB: 4096 } }],
      ['docker-2', 'engine', 'docker', 'vm-2'],
      ['base-2', 'library', 'debian-slim', 'docker-2'],
      ['py-2', 'library', 'python', 'base-2'],
      ['api-2', 'app', 'api-service', 'py-2', { label: 'API' }],
      ['worker-2', 'app', 'api-service', 'py-2', { label: 'Worker' }],
    ],
  ),
  defineTemplate(
    'docker-on-mac',
    'Docker on a Mac',
    'Docker Desktop hides a Linux VM on macOS: the containers run on its Linux kernel.',
    [
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['desktop', 'engine', 'docker-desktop', 'macos'],
      ['base', 'library', 'debian-slim', 'desktop'],
      ['node', 'library', 'node', 'base'],
      ['front', 'app', 'web-app', 'node', { label: 'Frontend' }],
      ['api', 'app', 'api-service', 'node', { label: 'API' }],
    ],
  ),
  defineTemplate(
    'broken-stack',
    'A broken stack to repair',
    'Four mistakes to find and fix: read each problem, then repair the stack.',
    [
      ['laptop', 'hardware', 'laptop'],
      ['virtualbox', 'hypervisor', 'virtualbox', 'laptop'],
      ['guest', 'os', 'ubuntu', 'virtualbox', { label: 'Dev VM' }],
      ['docker', 'engine', 'docker', 'guest'],
      ['base', 'library', 'debian-slim', 'docker'],
      ['shop', 'app', 'web-app', 'base', { label: 'Shop', props: { arch: 'arm64' } }],
      ['alpine', 'library', 'alpine-base', 'docker'],
      ['cache', 'app', 'web-app', 'alpine', { label: 'Cache' }],
      ['reports', 'app', 'database', 'virtualbox', { label: 'Reports' }],
    ],
  ),
];
