import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../tests/helpers/buildDesign';
import { evaluate } from './evaluate';

const messages = (rows: Parameters<typeof buildDesign>[0]) =>
  evaluate(buildDesign(rows)).diagnostics.map((d) => `${d.message} ${d.fix}`);

describe('kernels are named as their makers write them', () => {
  it('a Windows program on a Linux kernel', () => {
    const said = messages([
      ['hw', 'hardware', 'x86-server'],
      ['os', 'os', 'ubuntu', 'hw'],
      ['svc', 'app', 'windows-service', 'os'],
    ]).join(' ');
    expect(said).toContain('is a Windows program');
    expect(said).toContain('is Linux.');
    expect(said).not.toMatch(/\b(linux|windows|macos)\b/);
  });

  it('a Linux container engine on macOS', () => {
    const said = messages([
      ['mac', 'hardware', 'mac-apple-silicon'],
      ['macos', 'os', 'macos', 'mac'],
      ['docker', 'engine', 'docker', 'macos'],
    ]).join(' ');
    expect(said).toContain('makes Linux containers out of Linux kernel features');
    expect(said).toContain('runs a macOS kernel');
  });
});
