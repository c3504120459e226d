import { useEffect, useRef } from 'preact/hooks';

let firstRender = true;

/**
 * The page's h1. It takes focus when it appears, so that screen readers and keyboard users
 * start at the new content after a page or step change (WCAG 2.4.3).
 */
export function PageHeading({ children, focusKey }: { children: string; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
