/** Saves a file the backend produced (base64) through the browser's own download. */
export function downloadBase64(file: { fileName: string; mimeType: string; base64: string }): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking at once can cancel it in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
