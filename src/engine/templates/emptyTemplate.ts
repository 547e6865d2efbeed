import { defineTemplate } from './defineTemplate';

/** "New empty design" (its own module, so the app does not load every template to start). */
export const EMPTY_TEMPLATE = defineTemplate('empty', 'Untitled design', 'An empty canvas.', []);
