/** Offers text or bytes as a file to save, from an extension page or our shadow root; nothing leaves the computer. */
export function downloadFile(name: string, content: string | Uint8Array, type: string): void {
  const link = document.createElement('a');
  // A copy into a plain ArrayBuffer: Blob takes no view over a SharedArrayBuffer.
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  link.href = URL.createObjectURL(new Blob([part], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
