import type { B } from '../../helpers/buildDesign';
import { err, type ProbeRow } from './probeRow';
import { SRC } from './sources';

// Figures (MiB, ms): docker 100 / 400, 2000, +5 per container, 600; debian-slim 15 / 74.8 (glibc);
// ubuntu-base 15 / 77.4 (glibc); alpine-base 2 / 8.4 (musl); distroless-static 0.5 / 2 (no libc);
// glibc 3 / 13; musl 0.5 / 0.65; gcompat 0.2 / 0.3; python 10 / 49.5, 30; node 30 / 159, 40;
// jre 40 / 200, 400; web-app 50 / 20, 300 (glibc); api-service 80 / 30 (glibc); static 10 / 10, 5.
const DOCKER: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['host', 'os', 'ubuntu', 'hw'],
  ['docker', 'engine', 'docker', 'host'],
];
const ALPINE_HOST: readonly B[] = [
  ['hw', 'hardware', 'x86-server'],
  ['alp', 'os', 'alpine', 'hw'],
];

/** C libraries: what an app is linked against, and what the layers below give it. */
export const LIBC_ROWS: readonly ProbeRow[] = [
  {
    name: 'a glibc app on the alpine base image',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'alpine-base', 'docker'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [err('app', 'libc-mismatch')],
    source: SRC.alpineGlibc,
  },
  {
    name: 'a glibc app on alpine with the gcompat layer',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'alpine-base', 'docker'],
      ['gc', 'library', 'gcompat', 'lib'],
      ['app', 'app', 'web-app', 'gc'],
    ],
    verdict: [],
    // 1024 + 100 + 2 + 0.2 + 50 + 5;  4096 + 400 + 8.4 + 0.3 + 20
    accounts: { hw: { mem: 1181.2, disk: 4524.7 } },
    source: SRC.alpineGlibc,
  },
  {
    name: 'gcompat straight on the engine, with no musl below it',
    blocks: [...DOCKER, ['gc', 'library', 'gcompat', 'docker'], ['app', 'app', 'web-app', 'gc']],
    verdict: [err('gc', 'libc-mismatch')],
    source: SRC.alpineGlibc,
  },
  {
    name: 'a Python runtime straight on the engine (no base image)',
    blocks: [...DOCKER, ['py', 'library', 'python', 'docker'], ['app', 'app', 'web-app', 'py']],
    // The interpreter finds no C library, and neither does the app it would run.
    verdict: [err('py', 'libc-mismatch'), err('app', 'libc-mismatch')],
    source: SRC.pythonImage,
  },
  {
    name: 'a dynamically linked app straight on the engine (FROM scratch)',
    blocks: [...DOCKER, ['app', 'app', 'web-app', 'docker']],
    verdict: [err('app', 'app-without-libraries')],
    source: SRC.distroless,
  },
  {
    name: 'a static binary straight on the engine (FROM scratch)',
    blocks: [...DOCKER, ['bin', 'app', 'static-binary', 'docker']],
    verdict: [],
    accounts: { hw: { mem: 1139, disk: 4506 } }, // 1024 + 100 + 10 + 5;  4096 + 400 + 10
    // 8800 + 2000 + 5 + 600; floor((65536 − 1139) / 15) = 4293
    apps: { bin: { cold: 11405, instance: 605, copies: 4293, copyKind: 'container' } },
    source: SRC.distroless,
  },
  {
    name: 'a glibc app installed natively on an Alpine host',
    blocks: [...ALPINE_HOST, ['app', 'app', 'web-app', 'alp']],
    verdict: [err('app', 'libc-mismatch')],
    source: SRC.alpineGlibc,
  },
  {
    name: 'a glibc app on Python on an Alpine host: the same verdict as on Alpine',
    blocks: [...ALPINE_HOST, ['py', 'library', 'python', 'alp'], ['app', 'app', 'web-app', 'py']],
    // Python on Alpine comes from Alpine's own packages (apk add python3): a musl build, which
    // runs. The app, linked against glibc, still finds only musl — as directly on Alpine.
    verdict: [err('app', 'libc-mismatch')],
    source: SRC.alpineGlibc,
  },
  {
    name: 'node:22-alpine: the Node.js runtime on the alpine base, with a musl build of the app',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'alpine-base', 'docker'],
      ['node', 'library', 'node', 'lib'],
      ['api', 'app', 'api-service', 'node', { props: { libc: 'musl' } }],
    ],
    // An official image (the catalog's own Node.js figure is measured on it): Node.js built for musl.
    verdict: [],
    accounts: { hw: { mem: 1241 } }, // 1024 + 100 + 2 + 30 + 80 + 5
    source: SRC.nodeAlpine,
  },
  {
    name: 'distroless/static: a static binary runs, a glibc app does not',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'distroless-static', 'docker'],
      ['bin', 'app', 'static-binary', 'lib'],
      ['app', 'app', 'web-app', 'lib'],
    ],
    verdict: [err('app', 'libc-mismatch')],
    source: SRC.distroless,
  },
  {
    name: 'a glibc-only layer (like distroless/base) under a glibc app',
    blocks: [...DOCKER, ['lib', 'library', 'glibc', 'docker'], ['app', 'app', 'web-app', 'lib']],
    verdict: [],
    accounts: { hw: { mem: 1182 } }, // 1024 + 100 + 3 + 55
    source: SRC.distroless,
  },
  {
    name: 'a musl build of the app on debian-slim',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'debian-slim', 'docker'],
      ['app', 'app', 'web-app', 'lib', { props: { libc: 'musl' } }],
    ],
    verdict: [err('app', 'libc-mismatch')],
    source: SRC.alpineGlibc,
  },
  {
    name: 'a musl build of the app on a bare musl layer',
    blocks: [
      ...DOCKER,
      ['lib', 'library', 'musl', 'docker'],
      ['app', 'app', 'web-app', 'lib', { props: { libc: 'musl' } }],
    ],
    verdict: [],
    source: SRC.alpineGlibc,
  },
  {
    name: 'python:3.12-slim (Python on debian-slim) with a web app',
    blocks: [
      ...DOCKER,
      ['deb', 'library', 'debian-slim', 'docker'],
      ['py', 'library', 'python', 'deb'],
      ['app', 'app', 'web-app', 'py'],
    ],
    verdict: [],
    // 1024 + 100 + 15 + 10 + 55;  4096 + 400 + 74.8 + 49.5 + 20
    accounts: { hw: { mem: 1204, disk: 4640.3 } },
    // 8800 + 2000 + 0 + 30 + 300 + 600; one more: 600 + 0 + 30 + 300
    apps: { app: { cold: 11730, instance: 930, perf: 99.01 } },
    source: SRC.pythonImage,
  },
  {
    name: 'two Java services sharing ubuntu and a JRE',
    blocks: [
      ...DOCKER,
      ['ubu', 'library', 'ubuntu-base', 'docker'],
      ['jre', 'library', 'jre', 'ubu'],
      ['a', 'app', 'api-service', 'jre'],
      ['b', 'app', 'api-service', 'jre'],
    ],
    verdict: [],
    accounts: { hw: { mem: 1349 } }, // 1024 + 100 + 15 + 40 + 2 × 85
    apps: { a: { cold: 12100, instance: 1300 } }, // 8800 + 2000 + 0 + 400 + 300 + 600
    // each layer once instead of twice: 15 + 40 MiB;  77.4 + 200 MiB
    sharing: { memSaved: 55, diskSaved: 277.4 },
    source: SRC.dockerStorage,
  },
  {
    name: 'two native apps sharing the host’s Python',
    blocks: [
      ['hw', 'hardware', 'x86-server'],
      ['host', 'os', 'ubuntu', 'hw'],
      ['py', 'library', 'python', 'host'],
      ['a', 'app', 'web-app', 'py'],
      ['b', 'app', 'web-app', 'py'],
    ],
    verdict: [],
    roles: { py: 'system-library', a: 'native-app' },
    accounts: { hw: { mem: 1134 } }, // 1024 + 10 + 2 × 50
    // 8800 + 30 + 300; one more process 30 + 300; floor((65536 − 1134) / 50) = 1288
    apps: { a: { cold: 9130, instance: 330, copies: 1288, copyKind: 'process' } },
    sharing: { memSaved: 10, diskSaved: 49.5 },
    source: SRC.dockerStorage,
  },
];
