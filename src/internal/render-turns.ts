/**
 * Turns for the main thread. A page with a card, a pre-screener, an FAQ and share buttons gets its
 * config for all of them at once; rendering them all in that one task is one long task the host page
 * cannot answer input in. So an element's first render of a trial takes a turn: one per task, in the
 * order they asked (document order, as context reaches them), the first at once. Printing does not
 * wait: `beforeprint` gives every waiting element its turn at once, so the page prints whole.
 * What is below a first screen waits for that screen's paint as well (`waitForTurnAfterPaint`).
 */

/** Lets the browser paint and handle input before `run` (scheduler.yield where it exists). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A waiting element: called in its turn, or at once (`now`) before printing. */
type Turn = (now: boolean) => void;

const waiting: Turn[] = [];
/** Whether the current task has given its turn away. */
let taken = false;

function release() {
  void nextTask().then(() => {
    taken = false;
    const next = waiting.shift();
    if (next) {
      taken = true;
      release();
      next(false);
    }
  });
}

/** True when the caller may render now (and takes this task's turn); false when it must `waitForTurn`. */
export function takeTurn(): boolean {
  if (taken || waiting.length) return false;
  taken = true;
  release();
  return true;
}

/**
 * Calls `turn(false)` in a later task of its own (at once when no one holds this task's turn), or
 * `turn(true)` at once when the page is about to print. The promise settles after `turn` ran.
 */
export function waitForTurn(turn: Turn): Promise<void> {
  return new Promise((resolve) => {
    const run: Turn = (now) => {
      turn(now);
      resolve();
    };
    if (!waiting.length && !taken) {
      taken = true;
      release();
      run(false);
    } else waiting.push(run);
  });
}

/**
 * Settles once the browser has painted what is rendered now: a task queued from an animation frame
 * runs after that frame's paint. A task alone does not do it (Chromium paints when a frame is due,
 * often after the next task), so the rest of a card would otherwise hold back its first screen's
 * paint. Hidden pages paint nothing and get no frames: a timer stands in, here and when frames are
 * throttled (a frame out of view).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Turns that wait for a paint before they queue (renderAllNow runs them too). */
const painting = new Set<Turn>();

/** `waitForTurn` once what is on the screen now has been painted: for what is below a first screen. */
export function waitForTurnAfterPaint(turn: Turn): Promise<void> {
  return new Promise((resolve) => {
    const run: Turn = (now) => {
      turn(now);
      resolve();
    };
    painting.add(run);
    // Out of `painting` into the turns' queue: a turn is in one of the two, so it runs once.
    void afterNextPaint().then(() => {
      if (painting.delete(run)) void waitForTurn(run);
    });
  });
}

/** Everything waiting renders before the page prints (and before Save as PDF). */
export function renderAllNow(): void {
  const now = [...painting, ...waiting.splice(0)];
  painting.clear();
  for (const turn of now) turn(true);
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', renderAllNow);
