import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../src/build-output/unwrap-preload';

const HELPER = 'import{t as e}from"./preload-helper.DygEbaNj.js";';
const TABLE =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/b.js","_astro/c.js"])))=>i.map(i=>d[i]);\n';

describe('unwrapPreloads (build plugin)', () => {
  it('unwraps a preload call with no dependencies and drops the helper import', () => {
    const code = `${HELPER}var t=e=>e instanceof HTMLElement;(n??=e(()=>import(\`./client.DS.js\`),[])).then(e=>e.open());`;
    expect(unwrapPreloads(code)).toBe(
      'var t=e=>e instanceof HTMLElement;(n??=import(`./client.DS.js`)).then(e=>e.open());',
    );
  });

  it('unwraps calls with dependencies, a .then inside the wrapper, and named picks; the deps table goes too', () => {
    const code = `${TABLE}${HELPER}e(()=>import(\`./a.js\`).then(e=>e.go()),[]);x=await e(async()=>{let{run:e}=await import(\`./b.js\`);return{run:e}},__vite__mapDeps([0,1]));`;
    expect(unwrapPreloads(code)).toBe('import(`./a.js`).then(e=>e.go());x=await import(`./b.js`);');
  });

  it('unwraps when the helper is imported under its own name (a chunk whose own names do not clash)', () => {
    const code = `${TABLE}import{t}from"./preload-helper.C_TS3VOc.js";e(\`uptime\`,()=>t(()=>import(\`./Uptime.js\`).then(e=>e.t),__vite__mapDeps([0,1])));`;
    expect(unwrapPreloads(code)).toBe('e(`uptime`,()=>import(`./Uptime.js`).then(e=>e.t));');
  });

  it('keeps the helper when any call of it has a shape it does not know', () => {
    const code = `${HELPER}e(()=>import(\`./a.js\`),[]);e(async()=>{const m=await import(\`./b.js\`);return m.default},[]);`;
    const out = unwrapPreloads(code);
    expect(out.startsWith(HELPER)).toBe(true);
    expect(out).toContain('import(`./a.js`);e(async()=>{');
  });

  it('leaves code without the helper, and other functions of the same shape, alone', () => {
    const plain = 'f(()=>import(`./d.js`),[]);';
    expect(unwrapPreloads(plain)).toBe(plain);
    const code = `${HELPER}g(()=>import(\`./a.js\`),[]);e(()=>import(\`./b.js\`),[]);`;
    expect(unwrapPreloads(code)).toBe('g(()=>import(`./a.js`),[]);import(`./b.js`);');
  });
});
