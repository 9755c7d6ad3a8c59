import { rmSync } from 'node:fs';
// The package build and the demo pages' bundles (demo/*/dist, demo/dist): all build output.
for (const folder of ['../dist', '../demo/dist', '../demo/builder/dist', '../demo/funnel/dist']) {
  rmSync(new URL(folder, import.meta.url), { recursive: true, force: true });
}
