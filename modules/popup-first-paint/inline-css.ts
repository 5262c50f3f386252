const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/(assets\/popup-[^"]+\.css)"[^>]*>/;

/**
 * Puts the popup's stylesheet inside popup.html as a <style> element. `takeCss` returns the
 * stylesheet's text (and drops the file from the build), or undefined to keep the link.
 * Chromium runs every extension stylesheet through its i18n message substitution first: with
 * the nudge library in the locale files, that one request cost the popup a frame. Inline
 * styles need no CSP change.
 */
export function inlineCss(html: string, takeCss: (fileName: string) => string | undefined): string {
  return html.replace(STYLESHEET, (link, fileName: string) => {
    const css = takeCss(fileName);
    return css === undefined ? link : `<style>${css}</style>`;
  });
}
