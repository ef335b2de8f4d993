/**
 * A background job of the server (retention, verification mail): run now, then every `everyMs`,
 * on a timer that never keeps the process up; a run still going when the next is due is not
 * doubled. Its line (or nothing) is logged; a failure logs the error's kind and message only,
 * never the data it was working on. Returns the function that stops it.
 */
export function startPeriodic(
  name: string,
  everyMs: number,
  run: () => Promise<string | null>,
  log: (line: string) => void,
): () => void {
  let running = false;
  const apply = () => {
    if (running) return;
    running = true;
    run()
      .then((line) => {
        if (line) log(line);
      })
      .catch((error: unknown) =>
        log(`${name} run failed: ${(error as Error).name}: ${(error as Error).message}`),
      )
      .finally(() => {
        running = false;
      });
  };
  apply();
  const timer = setInterval(apply, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
