// Makes the built CLI entry executable so `npx longarm` works after `npm ci`.
import { chmodSync } from 'node:fs';
import { URL } from 'node:url';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
