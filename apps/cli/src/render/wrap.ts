/**
 * Wraps text to a width, keeping existing line breaks; each wrapped line after the first
 * is indented by `hang`. Words longer than the width (URLs) stay whole.
 */
export function wrap(text: string, width: number, indent = '', hang = indent): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = indent;
    let fresh = true;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      if (!fresh && line.length + 1 + word.length > width) {
        out.push(line);
        line = hang + word;
      } else {
        line = fresh ? line + word : `${line} ${word}`;
      }
      fresh = false;
    }
    out.push(line);
  }
  return out.join('\n');
}
