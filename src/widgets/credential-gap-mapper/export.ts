/**
 * JSON export of the gap map, loaded on demand. The download link lives in the element's
 * shadow root for the moment of the click: the library never writes to the host document.
 */
export function downloadJson(root: ParentNode, fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
