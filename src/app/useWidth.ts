import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The width of a box, followed as it resizes, the window's height, and the type size, for drawings
 * laid out in pixels.
 * Printing lays the page out again without resize events, so while printing the width is
 * `printWidth` (an A4 column) and the type 12 px on paper, rather than a screen-wide drawing
 * shrunk to unreadable type.
 */
export function useWidth(printWidth: number) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [printing, setPrinting] = useState(false);
  const [viewportHeight, setViewportHeight] = useState(typeof innerHeight === 'number' ? innerHeight : 0);
  const [rootFont, setRootFont] = useState(16);
  useEffect(() => {
    const el = box.current!;
    // Read together, where the browser has laid out already: in the resize observer's callback, which
    // also brings the first size, never while rendering or straight after (no forced layout).
    const measure = () => {
      setPrinting(false);
      setWidth(Math.floor(el.clientWidth));
      setViewportHeight(innerHeight);
      setRootFont(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const print = () => {
      setPrinting(true);
      setWidth(printWidth);
    };
    addEventListener('beforeprint', print);
    addEventListener('afterprint', measure);
    // Full screen changes the height alone: a board's drawing fits the new one.
    addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      removeEventListener('resize', measure);
      removeEventListener('beforeprint', print);
      removeEventListener('afterprint', measure);
    };
  }, []);
  return { box, width, font: printing ? 12 : rootFont, viewportHeight };
}
