/**
 * A promise that rejects when Node runs out of work while something is still awaited: a step that
 * will never answer, such as a hook waiting on a Pagefind indexer that crashed. Without it Node
 * would exit with code 13 and no word about what happened.
 */
export function whenStalled(step = 'one of its steps'): {
  stalled: Promise<never>;
  stop: () => void;
} {
  let fail: (error: Error) => void = () => {};
  const stalled = new Promise<never>((_, reject) => (fail = reject));
  const onBeforeExit = () =>
    fail(
      new Error(
        `The build stopped before it finished: ${step} ended without reporting success or failure (see the messages above).`,
      ),
    );
  process.once('beforeExit', onBeforeExit);
  return { stalled, stop: () => process.off('beforeExit', onBeforeExit) };
}
