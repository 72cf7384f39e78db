/**
 * @module analyze/quotes/polnear
 *
 * Reads PolNeAR's brat standoff (../shared/data/polnear/SOURCE.md): one
 * attribution per event line, tying a Content span to its Cue and, when
 * the text names one, its Source. Records are parsed by their prefix, not
 * by line, because a few Content spans hold newlines.
 */
export interface Attribution {
  content: [number, number];
  cue: [number, number] | null;
  source: [number, number] | null;
}

export function parseAttributions(ann: string): Attribution[] {
  const spans = new Map<string, [number, number]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const span = /^(T\d+)\t\S+ (\d+)(?: \d+;\d+)* (\d+)\t/.exec(line);
    if (span) spans.set(span[1]!, [Number(span[2]), Number(span[3])]);
    else if (/^E\d+\t/.test(line)) events.push(line);
  }
  const attributions: Attribution[] = [];
  for (const event of events) {
    const role = (name: string) => {
      const id = new RegExp(`\\b${name}:(T\\d+)`).exec(event)?.[1];
      return id ? spans.get(id) ?? null : null;
    };
    const content = role('Content');
    if (content) attributions.push({ content, cue: role('Cue'), source: role('Source') });
  }
  return attributions;
}
