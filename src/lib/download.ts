/** Save bytes or text as a file: the data goes from memory to the user's disk, never over the network. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([typeof data === "string" ? data : (data.slice() as Uint8Array<ArrayBuffer>)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** File names from scheme names: keep Chinese, drop what file systems refuse. */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'export';
}
