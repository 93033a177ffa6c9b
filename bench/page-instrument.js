// Injected by bench/browser.ts into every page before the app's own scripts (a plain script, not
// a module). Records when the calculator becomes usable, layout shifts, and input-to-result delays
// on window.__bench; performance.now() counts from the start of the navigation.
(() => {
  try {
    localStorage.setItem('nomogram.firstUse.v1', 'yes');
  } catch {
    /* storage refused: the first-use dialog will show */
  }
  const b = { usable: null, usableDom: null, shifts: [], lat: [], arm() {}, watch() {} };
  window.__bench = b;

  // After a frame's paint: a task queued from its requestAnimationFrame callback.
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  // A frame counter, to tell whether a change was painted in the first frame after its input.
  let frame = 0;
  const tick = () => {
    frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Usable: the first screen's figures and the inputs that change them (on a phone the nomogram is
  // drawn later, as the person scrolls down to it).
  const usableNow = () => visible(document.querySelector('table.survival')) && visible(document.querySelector('.quick input'));
  const load = new MutationObserver(() => {
    if (b.usableDom !== null || !usableNow()) return;
    b.usableDom = performance.now();
    load.disconnect();
    afterPaint((t) => (b.usable = t));
  });
  load.observe(document, { childList: true, subtree: true, attributes: true });

  // Every task over 50 ms on the main thread, from the navigation on.
  b.longTasks = [];
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => b.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  } catch {
    /* no long-task entries in this browser */
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        const sources = (e.sources || []).map((s) => {
          const n = s.node;
          if (!n || !n.nodeName) return '?';
          const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
          return `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${cls}`;
        });
        b.shifts.push({ value: e.value, at: e.startTime, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* no layout-shift entries in this browser */
  }

  // Input to result: armed by the bench before each input; the first key or click after arming
  // starts the clock (the event's own time stamp), the first change to the result stops it.
  let start = null;
  let armed = false;
  b.arm = () => {
    armed = true;
    start = null;
  };
  const begin = (e) => {
    if (armed && start === null) start = { t: e.timeStamp, frame };
  };
  addEventListener('keydown', begin, true);
  addEventListener('click', begin, true);
  let result = null;
  b.watch = () => {
    const body = document.querySelector('.result-body');
    if (!body) throw new Error('no .result-body');
    if (result) result.disconnect();
    result = new MutationObserver(() => {
      if (!start) return;
      const s = start;
      const dom = performance.now();
      start = null;
      armed = false;
      afterPaint((t) => b.lat.push({ dom: dom - s.t, paint: t - s.t, frames: frame - s.frame }));
    });
    result.observe(body, { childList: true, subtree: true, characterData: true, attributes: true });
  };
})();
