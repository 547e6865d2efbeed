import AxeBuilder from '@axe-core/playwright';
import { expect, openTemplate, test } from './fixtures';

const TEMPLATES = [/figure 1.1/, /figure 1.2/, /broken stack/, /Docker on a Mac/];

for (const name of TEMPLATES) {
  test(`no serious or critical accessibility violations: ${name.source}`, async ({ page }) => {
    await page.goto('/');
    await openTemplate(page, name);
    await page.locator('.react-flow__node').first().click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  });
}

test('no serious or critical violations in the projector theme with a dialog open', async ({
  page,
}) => {
  await page.goto('/');
  await openTemplate(page, /figure 1.2/);
  await page.getByRole('button', { name: 'Projector' }).click();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
