import { tidyStacks } from '@/engine/layout/tidyStacks';
import { generateDesign } from '../../tests/fixtures/generateDesign';

/** The benchmark design: n generated blocks, stacks stood side by side as "Tidy" would. */
export function benchDesign(n: number) {
  return tidyStacks(generateDesign(n));
}
