import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { TEMPLATES } from '../templates';
import { checkGoal } from './checkGoal';
import { GOAL_TYPES } from './goals';
import { suggestGoal } from './suggestGoal';

describe('suggestGoal: a teacher’s design meets the goals suggested from it', () => {
  const legal = TEMPLATES.filter((t) => t.id !== 'broken-stack');
  for (const template of legal) {
    it(template.title, () => {
      const report = evaluate(template.design);
      // "Fix this problem" is about a change, so it is left out.
      const unmet = GOAL_TYPES.filter((t) => t !== 'no-problem')
        .map((type) => suggestGoal(type, template.design, report))
        .filter((goal) => !checkGoal(goal, template.design, report).met)
        .map((goal) => goal.type);
      // What a design does not have cannot be suggested from it: containers on one kernel are
      // not isolated from each other (in the cloud pattern an "API" and a "Worker" run side by
      // side in each VM); VMs with one app each share no layer; the type 1 server's apps sit
      // straight on their guest OS.
      const expected: Record<string, string[]> = {
        containers: ['separate-kernels'],
        'docker-on-mac': ['separate-kernels'],
        'containers-in-vms': ['separate-kernels'],
        'virtual-machines': ['shared-layer'],
        'type-1-server': ['apps-on-libraries', 'shared-layer'],
      };
      expect(unmet).toEqual(expected[template.id] ?? []);
    });
  }

  it('reads the numbers off the design', () => {
    const design = TEMPLATES.find((t) => t.id === 'virtual-machines')!.design;
    const report = evaluate(design);
    expect(suggestGoal('apps', design, report)).toEqual({ type: 'apps', min: 3 });
    expect(suggestGoal('apps-as', design, report)).toEqual({ type: 'apps-as', role: 'vm-app' });
    expect(suggestGoal('role-count', design, report)).toEqual({
      type: 'role-count',
      role: 'hosted-hypervisor',
      min: 1,
    });
    // 7.4 GiB used: the next whole GiB.
    expect(suggestGoal('memory-under', design, report)).toEqual({
      type: 'memory-under',
      mib: 8192,
    });
  });
});
