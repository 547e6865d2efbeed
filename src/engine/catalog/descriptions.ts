/**
 * A student's description of every catalog variant: what it is, and why it matters in a stack.
 * A module of its own because the app only needs these texts once a block is inspected, so they
 * stay out of its first download. Keyed `kind/variant`.
 */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'hardware/x86-server':
    'A rack server with an Intel or AMD processor and the virtualization extensions switched on. It is the real machine at the bottom of every stack: everything above it shares its memory and disk.',
  'hardware/arm-server':
    'A server whose processor speaks the arm64 instruction set, like many cloud machines today. Software built only for x86_64 cannot run on it without an emulator.',
  'hardware/laptop':
    'An ordinary x86 laptop with virtualization switched on in its firmware. A good home for a hosted hypervisor or a container engine while you learn.',
  'hardware/laptop-no-vt':
    'An x86 laptop whose CPU lacks virtualization extensions, or has them switched off in the firmware. Modern hypervisors refuse to start on it; containers still work.',
  'hardware/mac-apple-silicon':
    'A Mac laptop with an arm64 Apple processor. It runs macOS, so Linux containers need a Linux VM, and x86 virtual machines need slow emulation.',
  'os/ubuntu':
    'A popular Linux distribution: a Linux kernel plus the GNU userland built on glibc. On hardware it is a host OS; on a hypervisor it is a guest OS with a kernel of its own.',
  'os/debian':
    'A lean, stable Linux distribution built on glibc; the base of many container images too. Without a desktop it needs very little memory.',
  'os/alpine':
    'A tiny Linux distribution built on musl instead of glibc. Programs compiled for glibc may refuse to start on it.',
  'os/windows-server':
    'Microsoft Windows Server (Core): a Windows kernel, which only Windows programs and Windows containers can use. Turning on Hyper-V slides a hypervisor underneath it.',
  'os/macos':
    "Apple's operating system, with its own kernel (XNU), not a Linux one. Linux containers on a Mac therefore run inside a hidden Linux VM.",
  'os/microvm-linux':
    'A stripped-down Linux guest tuned for a microVM monitor such as Firecracker: a small kernel and almost nothing else. It reaches its first process in about a tenth of a second.',
  'hypervisor/esxi':
    'A type 1 (bare-metal) hypervisor: it is the first thing the server boots, with no host OS below it. Each VM costs its memory allocation plus a small overhead.',
  'hypervisor/xen':
    'A small type 1 hypervisor with no device drivers of its own: a privileged Linux VM called Dom0 does the disk and network work for every guest. Its footprint here includes Dom0.',
  'hypervisor/hyper-v':
    'A type 1 hypervisor from Microsoft. Enabling it on Windows slides it underneath Windows, which then becomes a privileged "root partition" beside the VMs.',
  'hypervisor/kvm':
    "A Linux kernel module that turns Linux itself into a hypervisor, with QEMU providing each VM's devices. Some call it type 1, others type 2: both views are in use, and both are accepted here.",
  'hypervisor/virtualbox':
    'A type 2 (hosted) hypervisor: an application you install on an existing OS. Every disk or network request of a guest travels through that host OS too.',
  'hypervisor/vmware-workstation':
    'A type 2 hypervisor for desktops: it runs as a program plus a driver inside the host OS. Handy on a laptop, with a little more overhead than a bare-metal hypervisor.',
  'hypervisor/firecracker':
    'A microVM monitor built on Linux KVM, made for thousands of tiny, fast-starting VMs (it powers AWS Lambda). Each microVM costs under 5 MiB of overhead and boots in about 125 ms.',
  'hypervisor/qemu-emulation':
    'QEMU without hardware acceleration translates every guest instruction in software, so it can run a guest built for another CPU. The price is speed: expect about ten times slower.',
  'engine/docker':
    'The classic container engine (dockerd + containerd + runc) on a Linux kernel. Each container is an isolated process of the host kernel, costing only a small shim on top of the app.',
  'engine/podman':
    'A daemonless container engine: no background service, each container is supervised by a tiny monitor process. Like Docker it needs a Linux kernel; on a Mac it starts a Linux VM.',
  'engine/containerd':
    'The container runtime underneath Docker and most Kubernetes clusters, used on its own. It pulls images, unpacks their layers once, and starts containers from them.',
  'engine/docker-desktop':
    "Docker for macOS and Windows. It quietly boots a Linux VM and runs your containers inside it, because Linux containers need a Linux kernel; the VM's memory is part of its cost.",
  'engine/gvisor':
    'A sandboxed runtime that puts a small kernel written in Go between each container and the host kernel. A stronger wall than a plain container, paid for with slower system calls.',
  'engine/lxd':
    'Runs whole Linux systems as containers, each with its own init and services, still on the host kernel. It feels like a light VM but shares the kernel like a container.',
  'library/debian-slim':
    'A slimmed-down Debian base image: a glibc userland without the kernel. Images built on the same base share these files, stored and loaded once.',
  'library/ubuntu-base':
    "The Ubuntu base image: Ubuntu's userland and glibc, without a kernel. A container from it still uses the host's kernel.",
  'library/alpine-base':
    'The tiny Alpine base image, built on musl instead of glibc. Small and quick to pull, but programs built for glibc may not start on it.',
  'library/distroless-static':
    'An almost empty base: certificates and time zones, no shell, no package manager and no C library. Only a statically linked program can run on it.',
  'library/glibc':
    'The GNU C library, which nearly every program on Debian, Ubuntu or Fedora is linked against. Two apps on the same copy share its pages in memory.',
  'library/musl':
    'A small, simple C library, used by Alpine. It is about twenty times smaller than glibc but not a drop-in replacement for it.',
  'library/python':
    'The Python interpreter and standard library, as the python:3.12-slim image adds them on top of Debian slim. Every Python app on the same layer shares one copy.',
  'library/node':
    'The Node.js runtime with npm and yarn, built for glibc. At about 160 MB it is often the biggest layer of a web app image, which is why sharing it pays.',
  'library/jre':
    "A Java runtime such as Eclipse Temurin's JRE, needed by every Java app. It is large and slow to warm up, so sharing one copy between apps saves a lot.",
  'library/windows-nanoserver':
    'The smallest Windows container base image. It carries Windows userland files, so it needs a Windows kernel underneath.',
  'app/web-app':
    'A small web application, linked against glibc like most Linux programs. The same app can run natively, in a VM or in a container: only the stack below it changes.',
  'app/api-service':
    'A back-end service answering requests from other programs. Many copies of it are often run side by side, so the cost of one more copy matters.',
  'app/database':
    'A database server that keeps data on disk and a large cache in memory. It is heavier and slower to start than a web app.',
  'app/static-binary':
    'A program linked statically (typical for Go or Rust), so it needs no C library at all. It can run on an empty image, straight on the container engine.',
  'app/windows-service':
    'A program built for Windows, such as a .NET service. Even in a container it needs a Windows kernel below it.',
};

/** The description of a variant, or an empty string for one the catalog does not know. */
export function describeVariant(kind: string, id: string): string {
  return DESCRIPTIONS[`${kind}/${id}`] ?? '';
}
