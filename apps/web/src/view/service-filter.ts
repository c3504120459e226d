/** Whether a service name contains the typed text (ignoring case, accents and spaces). */
export function matchesFilter(name: string, filter: string): boolean {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\s.-]+/g, '')
      .toLowerCase();
  return plain(name).includes(plain(filter));
}
