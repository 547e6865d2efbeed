import { evaluate, layoutStacks, type Design } from '@/engine';
import { describe, expect, it } from 'vitest';
import { template } from '../../tests/helpers/renderWithSandbox';
import { imageLegend } from './imageLegend';
import { pictureSvg } from './pictureSvg';

/** Text about 0.6 em per character: the picture's own cut-offs only need to be consistent. */
const measure = (text: string, size: number) => text.length * size * 0.6;

function picture(design: Design) {
  const report = evaluate(design);
  const legend = imageLegend(design, report, new Date('2026-09-01T10:00:00Z'));
  const made = pictureSvg(design, layoutStacks(design), report, legend, measure);
  const doc = new DOMParser().parseFromString(made.svg, 'image/svg+xml');
  return { ...made, doc, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
}

describe('the exported SVG: shapes, lines and text, nothing a slide program cannot open', () => {
  it('draws figure 1.1: every block, every link, every name, and the costs as a legend', () => {
    const { doc, texts, width, height } = picture(template('virtual-machines'));
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    // Nothing that PowerPoint, Google Slides, Keynote or Inkscape would drop or refuse.
    expect(doc.querySelectorAll('foreignObject, style, script, image, use')).toHaveLength(0);
    // Twelve blocks, each a box; eleven "runs on" links (all but the machine's), each upright.
    expect(doc.querySelectorAll('g > rect')).toHaveLength(12);
    const links = [...doc.querySelectorAll('svg > line')].slice(0, -1);
    expect(links).toHaveLength(11);
    for (const l of links) expect(l.getAttribute('x1')).toBe(l.getAttribute('x2'));
    for (const name of ['Hardware', 'Host OS', 'Hypervisor', 'Guest OS A', 'Bins/Libs', 'App C'])
      expect(texts).toContain(name);
    expect(texts).toContain('APP · IN A VM');
    expect(texts).toContain(
      'Virtual machines (Using Docker, figure 1.1) — Stack Sandbox, 2026-09-01',
    );
    // 7618 MiB of 65536 MiB; 81196 MiB of 1 TiB; a new copy 8800 + 30 + 300 ms.
    expect(texts).toContain(
      'Memory 7.4 GiB of 64 GiB · disk 79.3 GiB of 1 TiB · 3 apps on 3 kernels · one more copy starts in 9.1 s',
    );
  });

  it('marks an illegal link red, dashed and crossed, and counts each block’s problems', () => {
    const { doc } = picture(template('broken-stack'));
    const red = [...doc.querySelectorAll('line')].filter(
      (l) => l.getAttribute('stroke') === '#b91c1c',
    );
    // At least one dashed link, and its cross (two short strokes).
    expect(red.filter((l) => l.hasAttribute('stroke-dasharray')).length).toBeGreaterThan(0);
    expect(red.filter((l) => !l.hasAttribute('stroke-dasharray')).length).toBeGreaterThanOrEqual(2);
    const badges = [...doc.querySelectorAll('rect[rx="7.5"]')];
    expect(badges.length).toBeGreaterThan(0);
  });

  it('escapes what a student typed, and cuts long names to their box', () => {
    const design: Design = {
      ...template('containers'),
      blocks: template('containers').blocks.map((b) =>
        b.id === 'app-y'
          ? { ...b, label: '<script>alert(1)</script> & a very long name indeed' }
          : b,
      ),
    };
    const { doc, svg, texts } = picture(design);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svg).not.toContain('<script>');
    // Cut to the box (the measure here is 0.6 em a character).
    expect(texts.filter((t) => t?.includes('alert'))).toEqual(['<script>alert(1)</s…']);
  });
});
