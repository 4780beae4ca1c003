/**
 * Random formula trees for property tests. Numbers are canonical decimal strings (no leading or
 * trailing zeros), including the ones that look like Danish thousands in English ("1.125"); texts
 * and names hold `;` and `,` so that the separator rules must skip quotes.
 */
import fc from 'fast-check';
import type { Node } from '../../../shared/formula/ast';

const fraction = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.nat(9999))
  .map(([digits, n]) => String(n % 10 ** digits).padStart(digits, '0').replace(/0+$/, ''))
  .filter((f) => f !== '');

const decimal = fc.tuple(fc.nat(99_999), fraction).map(([int, frac]): Node => ({ t: 'num', v: `${int}.${frac}` }));

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n): Node => ({ t: 'num', v: n.toString() })),
  decimal,
  fc.constantFrom<Node>({ t: 'ref', id: 'r1' }, { t: 'ref', id: 's2' }, { t: 'ref', id: 'r3', sel: { year: 2024 } }, { t: 'ref', id: 'r4', sel: { from: 2024, to: 2026 } }),
  fc.constantFrom<Node>(
    { t: 'name', name: 'Ukendt række' },
    { t: 'name', name: 'Drift; løn, netto' },
    { t: 'str', v: 'tekst "med" citat' },
    { t: 'str', v: 'a;b, 1,5' },
    { t: 'bool', v: true },
    { t: 'err', code: '#REF!' },
  ),
);

export const formulaArbitrary: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ t: fc.constant('unary' as const), op: fc.constantFrom('-' as const, '+' as const), arg: tie('node') }),
    fc.record({ t: fc.constant('pct' as const), arg: tie('node') }),
    fc.record({
      t: fc.constant('bin' as const),
      op: fc.constantFrom('+', '-', '*', '/', '^', '=', '<>', '<', '<=', '>', '>=') as fc.Arbitrary<Extract<Node, { t: 'bin' }>['op']>,
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({ t: fc.constant('call' as const), fn: fc.constantFrom('SUM', 'IF', 'PREV', 'CUMSUM', 'ROUND'), args: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
})).node;
