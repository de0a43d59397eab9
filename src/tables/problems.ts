/**
 * A table's problems, each at the exact JSON path of the bad key, in plain words. Zod reports a
 * value that fits none of a union's shapes at the union ("Invalid input" at `…bands`); here the
 * shape the value came closest to fitting speaks instead, so a grade "D" is reported at
 * `…bands[0].grade` and a cap written as a number says what it should be.
 */
import { z } from 'zod';
import type { Msg } from '../text/msg';
import { SHAPE_MESSAGES, problemWords as W } from './problem-words';

export interface TableProblem {
  /** JSON path from the file's root, `$.settings.inpatient.cap.value`. */
  path: string;
  /** For a file's author: technical, English. */
  message: string;
  /** The same in plain words for the page, where there are such words. */
  says?: Msg;
}

export const jsonPath = (p: readonly PropertyKey[]): string =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), '$');

type Issue = z.core.$ZodIssue;

/** How far into the value a branch's issues got: the deepest path among them, fewer issues breaking ties. */
const progress = (issues: readonly Issue[]): number =>
  Math.max(0, ...issues.map((i) => i.path.length)) * 1000 - issues.length;

/** The issues that say what is wrong: a union's best branch in place of the union, recursively. */
function leaves(issue: Issue, prefix: readonly PropertyKey[]): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = [...issue.errors].sort((a, b) => progress(b) - progress(a))[0]!;
    // A value that is not even the right kind (a number where an object goes) has no branch that got
    // further than its own root: say what kinds would do, instead of "Invalid input".
    if (progress(best) < 1000) {
      const kinds = [
        ...new Set(issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => i.expected))),
      ];
      if (kinds.length) return [{ path, issue: { ...issue, message: `expected ${kinds.join(' or ')}` } }];
    }
    return best.flatMap((i) => leaves(i, path));
  }
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ path: [...path, k], issue }));
  return [{ path, issue }];
}

const wording = (issue: Issue): string => {
  if (issue.code === 'unrecognized_keys') return 'is not a known key (check its spelling)';
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
};

const shapes = Object.entries(SHAPE_MESSAGES) as [keyof typeof SHAPE_MESSAGES, string][];

/** What the page says: the plain words for the shape a value missed, where there are some. */
const plainly = (issue: Issue): Msg | undefined => {
  if (issue.code === 'unrecognized_keys') return W.unknownKey;
  if (issue.code === 'invalid_value') return W.oneOf(issue.values.map((v) => JSON.stringify(v)).join(', '));
  if (issue.code === 'too_small' && issue.origin === 'string') return W.missing;
  if (issue.code === 'invalid_type')
    return issue.message.endsWith('received undefined') ? W.missing : W.kind(issue.expected);
  // A value of no kind a union takes (see `leaves`).
  if (issue.code === 'invalid_union' && issue.message.startsWith('expected ')) return W.kind(issue.message.slice(9));
  const shape = shapes.find(([, m]) => m === issue.message);
  return shape ? W[shape[0]] : undefined;
};

/** Problems from a failed zod parse, one per bad key. */
export function problemsOf(error: z.ZodError): TableProblem[] {
  const out = error.issues
    .flatMap((i) => leaves(i, []))
    .map(({ path, issue }) => {
      const says = plainly(issue);
      return { path: jsonPath(path), message: wording(issue), ...(says ? { says } : {}) };
    });
  return [...new Map(out.map((p) => [`${p.path}|${p.message}`, p])).values()];
}
