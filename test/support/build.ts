import { execFileSync } from 'node:child_process';

/** vitest globalSetup: the end-to-end tests run the built CLI, so build it once, first. */
export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
}
