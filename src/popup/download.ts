/**
 * Saves text as a file without the `downloads` permission: a Blob URL behind an <a download>,
 * which Chrome and Firefox both honour in extension pages.
 */

/** Firefox reads a Blob URL after the click returns, so it must outlive the click for a while. */
const REVOKE_AFTER_MS = 60_000;

export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
