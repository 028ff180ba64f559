/**
 * Runs `task` after the browser has painted the next frame (a frame, then a task), or after 100 ms
 * when no frame comes (a hidden tab).
 */
export function afterNextPaint(win: Window, task: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    task();
  };
  win.requestAnimationFrame(() => {
    win.setTimeout(run, 0);
  });
  win.setTimeout(run, 100);
}

/**
 * Runs `task` once the document is parsed: at `DOMContentLoaded`, after the listeners added before it
 * (the gate releases tagged nodes in one of those), or at once when parsing is already done.
 */
export function whenParsed(doc: Document, task: () => void): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', task, { once: true });
  else task();
}

/**
 * Runs `task` when the browser is idle (`requestIdleCallback`, at most `timeoutMs` later), or after
 * a short timeout where there is no such thing: for work with no deadline, off the load's path.
 */
export function whenIdle(win: Window, task: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in win) win.requestIdleCallback(task, { timeout: timeoutMs });
  else (win as Window).setTimeout(task, 200);
}
