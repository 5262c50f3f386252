/** Resolves once the frame being prepared now has been painted (a task after the next frame). */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
