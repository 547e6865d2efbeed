import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests wait for conditions (findBy…, waitFor), never for a time. On a shared machine
// under load a lazy panel can take more than Testing Library's default second to appear: the
// wait is a safety net, not an assertion, so it is generous.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
