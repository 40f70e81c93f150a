// Makes the built CLI entry executable so `npx longarm` works after `npm ci`.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
