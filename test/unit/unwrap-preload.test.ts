import { describe, expect, it } from 'vitest';
import { unwrapEmptyPreloads } from '../../src/integrations/unwrap-preload';

const HELPER = 'import{t as e}from"./preload-helper.DygEbaNj.js";';

describe('unwrapEmptyPreloads (build plugin)', () => {
  it('unwraps a preload call with no dependencies and drops the helper import', () => {
    const code = `${HELPER}var t=e=>e instanceof HTMLElement;(n??=e(()=>import(\`./client.DS.js\`),[])).then(e=>e.open());`;
    const out = unwrapEmptyPreloads(code);
    expect(out).toBe('var t=e=>e instanceof HTMLElement;(n??=import(`./client.DS.js`)).then(e=>e.open());');
  });

  it('keeps calls that preload dependencies, and the helper with them', () => {
    const code = `${HELPER}e(()=>import(\`./a.js\`),[]);e(()=>import(\`./b.js\`),__vite__mapDeps([0,1]));`;
    const out = unwrapEmptyPreloads(code);
    expect(out).toBe(`${HELPER}import(\`./a.js\`);e(()=>import(\`./b.js\`),__vite__mapDeps([0,1]));`);
  });

  it('leaves calls it cannot read whole (a .then inside the wrapper) and code without the helper alone', () => {
    const wrapped = `${HELPER}e(()=>import(\`./c.js\`).then(e=>e.go()),[]);`;
    expect(unwrapEmptyPreloads(wrapped)).toBe(wrapped);
    const plain = 'f(()=>import(`./d.js`),[]);';
    expect(unwrapEmptyPreloads(plain)).toBe(plain);
  });

  it('only unwraps calls of the helper itself, not another function of the same shape', () => {
    const code = `${HELPER}g(()=>import(\`./a.js\`),[]);e(()=>import(\`./b.js\`),[]);`;
    expect(unwrapEmptyPreloads(code)).toBe('g(()=>import(`./a.js`),[]);import(`./b.js`);');
  });
});
