/**
 * The hybrid planner's systems list in a URL: a compact, safe codec. Kinds come from a whitelist and
 * names are never taken from the URL; every number goes through the same parse as any other field.
 */
import { type Notice, parseInput } from './inputs';
import { HYBRID_MAX_SYSTEMS, SYSTEM_FIELDS, SYSTEM_KINDS, sys, DEFAULT_SYSTEMS, type HybridSystem } from './systems';

/** URL key of the systems list. */
export const SYSTEMS_KEY = 'sys';

/**
 * Encode systems as `sv_20_0.535_2_37_400*em_…`: kind code then the fields of SYSTEM_FIELDS,
 * `_` between fields and `*` between systems (characters URLSearchParams leaves alone).
 */
export function encodeSystems(systems: readonly HybridSystem[]): string {
  return systems
    .slice(0, HYBRID_MAX_SYSTEMS)
    .map((s) => {
      const code = SYSTEM_KINDS.find((k) => k.id === s.kind)?.code ?? 'ot';
      return [code, ...SYSTEM_FIELDS.map((f) => String(parseInput(f, s[f.id]).value))].join('_');
    })
    .join('*');
}

/**
 * Decode a systems list from its URL form. Unknown kinds become "other", bad numbers are clamped
 * or defaulted, missing fields take defaults, systems beyond HYBRID_MAX_SYSTEMS are dropped; each
 * change is reported. Empty or non-string input gives the default list. Never throws.
 */
export function decodeSystems(raw: unknown): { systems: HybridSystem[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const note = (code: Notice['code'], message: string) =>
    notices.push({ id: 'systems', key: SYSTEMS_KEY, code, message });
  if (typeof raw !== 'string' || raw.trim() === '') {
    if (raw !== undefined && raw !== null) note('empty', 'The systems list was empty, so the example list is used.');
    return { systems: DEFAULT_SYSTEMS.map((s) => ({ ...s })), notices };
  }
  let parts = raw.trim().slice(0, 2000).split('*');
  if (parts.length > HYBRID_MAX_SYSTEMS) {
    note('above-max', `At most ${HYBRID_MAX_SYSTEMS} systems can be compared; the rest were left out.`);
    parts = parts.slice(0, HYBRID_MAX_SYSTEMS);
  }
  const systems = parts.map((part, index) => {
    const [code, ...fields] = part.split('_');
    const kind = SYSTEM_KINDS.find((k) => k.code === code)?.id;
    if (!kind) note('not-allowed', `System ${index + 1} is not a known kind, so it is listed as “Other system”.`);
    const s: HybridSystem = sys(kind ?? 'other', 0, 0, 0, 0, 0);
    SYSTEM_FIELDS.forEach((f, i) => {
      const p = parseInput(f, fields[i]);
      s[f.id] = p.value;
      if (p.issue) note(p.issue.code, `System ${index + 1}: ${p.issue.message}`);
    });
    return s;
  });
  return { systems, notices };
}
