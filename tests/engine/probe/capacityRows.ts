import type { B } from '../../helpers/buildDesign';
import { err, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB): x86-server 65536 / 1048576; laptop 16384 / 524288; ubuntu 1024 / 4096, as a
// guest 2048 / 25600; kvm 20 / 50, +131 per VM; virtualbox 150 / 300, +100; database 256 / 200.
const KVM_HOST: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
  ['kvm', 'hypervisor', 'kvm', 'host'],
];

/** Machines and VMs that are asked for more than they have. */
export const CAPACITY_ROWS: readonly ProbeRow[] = [
  {
    name: 'a VM given all of the server’s memory',
    blocks: [...KVM_HOST, ['g', 'os', 'ubuntu', 'kvm', { props: { vmMemoryMiB: 65536 } }]],
    verdict: [err('hw', 'memory-exceeded')],
    accounts: { hw: { mem: 66711, memCap: 65536 } }, // 1024 + 20 + 65536 + 131
    source: SRC.vmwareOverhead,
  },
  {
    name: 'a VM disk as large as the laptop’s disk',
    blocks: [
      ['hw', 'hardware', 'laptop'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['vbox', 'hypervisor', 'virtualbox', 'host'],
      ['g', 'os', 'ubuntu', 'vbox', { props: { vmDiskMiB: 524288 } }],
    ],
    verdict: [err('hw', 'disk-exceeded')],
    accounts: { hw: { disk: 528684, diskCap: 524288 } }, // 4096 + 300 + 524288
    source: SRC.vmwareOverhead,
  },
  {
    name: 'five databases in a 2 GiB Ubuntu VM',
    blocks: [
      ...KVM_HOST,
      ['g', 'os', 'ubuntu', 'kvm'],
      ...Array.from({ length: 5 }, (_, i): B => [`db${i}`, 'app', 'database', 'g']),
    ],
    verdict: [err('g', 'vm-memory-exceeded')],
    accounts: {
      g: { mem: 2304, memCap: 2048 }, // 1024 + 5 × 256
      hw: { mem: 3223 }, // the machine pays the allocation, not the overflow: 1024 + 20 + 2048 + 131
    },
    source: SRC.ubuntuRequirements,
  },
  {
    name: 'a database in a VM given only Ubuntu’s minimum disk',
    blocks: [
      ...KVM_HOST,
      ['g', 'os', 'ubuntu', 'kvm', { props: { vmDiskMiB: 4096 } }],
      ['db', 'app', 'database', 'g'],
    ],
    verdict: [err('g', 'vm-disk-exceeded')],
    accounts: { g: { disk: 4296, diskCap: 4096 } }, // 4096 + 200
    source: SRC.ubuntuRequirements,
  },
];
