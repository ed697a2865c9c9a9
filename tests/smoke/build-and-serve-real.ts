/** Global setup of the "smoke" project: the real content/ on the real clock. */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from '../support/build-and-serve.ts';

export default function setup(project: TestProject) {
  return buildAndServe(project, 'real');
}
