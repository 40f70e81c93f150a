// Points git at .githooks (format + lint on commit) in a developer checkout; does nothing on CI or outside git.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

if (!process.env.CI && existsSync('.git')) {
  try {
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
  } catch {
    // git not installed: nothing to hook into.
  }
}
