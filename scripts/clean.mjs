// Removes the build output, so no chunk of an earlier build is measured or shipped.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
