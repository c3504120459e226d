/**
 * Copies text to the clipboard: `'failed'` where the browser refuses (no permission, or a
 * page not served securely), so that the page can say to copy by hand.
 */
export async function copyText(text: string): Promise<'copied' | 'failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
