/**
 * Turns the recogniser's ranked candidates into MRZ lines, using what each position may hold (ICAO
 * 9303: letters, digits, or both, and `<`) and the check digits: an alphanumeric field whose check
 * digit fails is retried with the look-alike characters of OCR-B (0/O, 1/I, 8/B, 5/S, 2/Z) and with
 * close runner-up readings, and the reading that satisfies the check wins. Pure.
 */
import type { Candidate, Recognition } from './recognise.js';

export type MrzFormatName = 'TD1' | 'TD2' | 'TD3';

/** `A` letters, `N` digits, `X` either; every class also allows the filler `<`. */
type CharClass = 'A' | 'N' | 'X';

interface Field {
  line: number;
  start: number;
  end: number; // exclusive
  kind: CharClass;
  /** Position [line, column] of this field's check digit, if it has one. */
  check?: [number, number];
}

const f = (line: number, start: number, end: number, kind: CharClass, check?: [number, number]): Field =>
  check ? { line, start, end, kind, check } : { line, start, end, kind };

/** The fields of each format (check digits are fields of kind N of their own). */
const LAYOUTS: Record<MrzFormatName, { lengths: number[]; fields: Field[] }> = {
  TD3: {
    lengths: [44, 44],
    fields: [
      f(0, 0, 5, 'A'),
      f(0, 5, 44, 'A'),
      f(1, 0, 9, 'X', [1, 9]),
      f(1, 9, 10, 'N'),
      f(1, 10, 13, 'A'),
      f(1, 13, 19, 'N', [1, 19]),
      f(1, 19, 20, 'N'),
      f(1, 20, 21, 'A'),
      f(1, 21, 27, 'N', [1, 27]),
      f(1, 27, 28, 'N'),
      f(1, 28, 42, 'X', [1, 42]),
      f(1, 42, 44, 'N'),
    ],
  },
  TD2: {
    lengths: [36, 36],
    fields: [
      f(0, 0, 5, 'A'),
      f(0, 5, 36, 'A'),
      f(1, 0, 9, 'X', [1, 9]),
      f(1, 9, 10, 'N'),
      f(1, 10, 13, 'A'),
      f(1, 13, 19, 'N', [1, 19]),
      f(1, 19, 20, 'N'),
      f(1, 20, 21, 'A'),
      f(1, 21, 27, 'N', [1, 27]),
      f(1, 27, 28, 'N'),
      f(1, 28, 35, 'X'),
      f(1, 35, 36, 'N'),
    ],
  },
  TD1: {
    lengths: [30, 30, 30],
    fields: [
      f(0, 0, 5, 'A'),
      f(0, 5, 14, 'X', [0, 14]),
      f(0, 14, 15, 'N'),
      f(0, 15, 30, 'X'),
      f(1, 0, 6, 'N', [1, 6]),
      f(1, 6, 7, 'N'),
      f(1, 7, 8, 'A'),
      f(1, 8, 14, 'N', [1, 14]),
      f(1, 14, 15, 'N'),
      f(1, 15, 18, 'A'),
      f(1, 18, 29, 'X'),
      f(1, 29, 30, 'N'),
      f(2, 0, 30, 'A'),
    ],
  },
};

/** OCR-B look-alikes: each letter and the digit it is confused with. */
const LOOK_ALIKES: Record<string, string> = {
  O: '0',
  '0': 'O',
  I: '1',
  '1': 'I',
  B: '8',
  '8': 'B',
  S: '5',
  '5': 'S',
  Z: '2',
  '2': 'Z',
  D: '0',
  G: '6',
  '6': 'G',
};

const allowed = (kind: CharClass, c: string) =>
  c === '<' || (kind === 'A' ? /[A-Z]/.test(c) : kind === 'N' ? /[0-9]/.test(c) : /[A-Z0-9]/.test(c));

/** ICAO 9303 check digit of a field (weights 7, 3, 1; `<` is 0, A is 10 … Z is 35). */
export function checkDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const v = c === '<' ? 0 : c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += v * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

/** The format whose line lengths match the recognition, or null. */
export function formatOf(recognition: Recognition): MrzFormatName | null {
  const lengths = recognition.map((l) => l.length).join(',');
  for (const [name, layout] of Object.entries(LAYOUTS) as [MrzFormatName, (typeof LAYOUTS)['TD1']][])
    if (layout.lengths.join(',') === lengths) return name;
  return null;
}

/** Best candidate of a class at a cell (a cell with no allowed candidate keeps its first). */
function bestOf(cands: Candidate[], kind: CharClass): Candidate {
  return cands.find((c) => allowed(kind, c.char)) ?? cands[0]!;
}

/** How far below the best reading a runner-up may score and still be tried for a failing check. */
const RUNNER_UP_MARGIN = 0.12;

/**
 * The MRZ lines from the recognition: each cell the best character its field allows, then fields
 * with a failing check digit corrected where one or two look-alike or close runner-up substitutions
 * make the check hold. Fields that cannot be made to check stay as read (the parser reports them).
 */
export function correctMrz(recognition: Recognition, format: MrzFormatName): string[] {
  const layout = LAYOUTS[format];
  const lines = recognition.map((cells) => cells.map((c) => c[0]!.char));
  const scores = recognition.map((cells) => cells.map((c) => c[0]!.score));
  const kindAt = (line: number, col: number) =>
    layout.fields.find((fd) => fd.line === line && col >= fd.start && col < fd.end)?.kind ?? 'X';
  for (const fd of layout.fields)
    for (let col = fd.start; col < fd.end; col++) {
      const best = bestOf(recognition[fd.line]![col]!, fd.kind);
      lines[fd.line]![col] = best.char;
      scores[fd.line]![col] = best.score;
    }
  for (const fd of layout.fields) {
    if (!fd.check) continue;
    const [cl, cc] = fd.check;
    const checkCells: [number, number][] = [[cl, cc]];
    for (let col = fd.start; col < fd.end; col++) checkCells.push([fd.line, col]);
    const holds = () => {
      const text = lines[fd.line]!.slice(fd.start, fd.end).join('');
      const digit = lines[cl]![cc]!;
      return digit === checkDigit(text) || (digit === '<' && /^<+$/.test(text));
    };
    if (holds()) continue;
    // Alternatives per cell: look-alikes the field allows, and runner-ups scoring close to the best.
    const options = checkCells.map(([l, c]) => {
      const kind = l === cl && c === cc ? 'N' : kindAt(l, c);
      const current = lines[l]![c]!;
      const alts = new Map<string, number>();
      const alike = LOOK_ALIKES[current];
      const cands = recognition[l]![c]!;
      const scoreOf = (ch: string) => cands.find((x) => x.char === ch)?.score ?? -1;
      if (alike && allowed(kind, alike)) alts.set(alike, scoreOf(alike));
      for (const cand of cands)
        if (cand.char !== current && allowed(kind, cand.char) && cand.score >= scores[l]![c]! - RUNNER_UP_MARGIN)
          alts.set(cand.char, cand.score);
      return { l, c, alts: [...alts].map(([ch, s]) => ({ ch, cost: scores[l]![c]! - s })) };
    });
    let best: { changes: { l: number; c: number; ch: string }[]; cost: number } | null = null;
    const tryChanges = (changes: { l: number; c: number; ch: string }[], cost: number) => {
      if (best && cost >= best.cost) return;
      const saved = changes.map(({ l, c }) => lines[l]![c]!);
      for (const { l, c, ch } of changes) lines[l]![c] = ch;
      if (holds()) best = { changes, cost };
      changes.forEach(({ l, c }, i) => (lines[l]![c] = saved[i]!));
    };
    for (let i = 0; i < options.length; i++)
      for (const a of options[i]!.alts) {
        tryChanges([{ l: options[i]!.l, c: options[i]!.c, ch: a.ch }], a.cost);
        for (let j = i + 1; j < options.length; j++)
          for (const b of options[j]!.alts)
            tryChanges(
              [
                { l: options[i]!.l, c: options[i]!.c, ch: a.ch },
                { l: options[j]!.l, c: options[j]!.c, ch: b.ch },
              ],
              a.cost + b.cost + 0.05,
            );
      }
    if (best)
      for (const { l, c, ch } of (best as { changes: { l: number; c: number; ch: string }[] }).changes)
        lines[l]![c] = ch;
  }
  return lines.map((l) => l.join(''));
}
