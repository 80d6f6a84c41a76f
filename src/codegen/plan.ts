/**
 * What the module will declare, and in which order: one declaration per document type, its
 * members with their TypeScript keys and wire names, its base type, its routes and return
 * type, all in dependency order. Types that reach each other (`Job` → `JobApplication` →
 * `Job`) form a cycle; their references to each other are made lazy.
 *
 * @module
 */
import { toCamelCase } from "../names.js";
import type { Metadata, Route } from "./metadata.js";
import type { Decl, Expr, Scope } from "./resolve.js";
import { declsOf, isBuiltin, resolve } from "./resolve.js";
import { freeIdentifier, isIdentifier } from "./source.js";
import { TypeNameError, typeOfProperty } from "./types.js";

/** One member of a DTO as the module writes it. */
export interface MemberPlan {
  /** The key in the field map: the TypeScript name. */
  readonly key: string;
  /** The wire name when the key is not it, or when ServiceStack writes it verbatim (`[DataMember(Name)]`). */
  readonly alias: string | undefined;
  /** The PascalCase name (the CLR name) where upper-casing the key's first letter does not give it (`ID`). */
  readonly pascal: string | undefined;
  readonly expr: Expr;
  readonly required: boolean;
  readonly description: string | undefined;
  /** The CLR type as the document spells it, for comments. */
  readonly clrType: string;
}

/** A declaration with everything it needs to be written. */
export interface Plan {
  readonly decl: Decl;
  members: MemberPlan[];
  inherits: Expr | undefined;
  routes: readonly Route[];
  returns: Expr | "void" | undefined;
  method: string | undefined;
  /** The return type as the document spells it, for comments. */
  returnsText: string | undefined;
  /** Set when the declaration is on a cycle: the declarations its references to must be lazy. */
  cycle: ReadonlySet<Decl> | undefined;
}

/** The whole module: declarations in writing order. */
export interface ModulePlan {
  readonly plans: readonly Plan[];
  /** Every exported identifier. */
  readonly taken: Set<string>;
  readonly operations: number;
}

/** Deepest chain of base types kept. */
const MAX_BASE_DEPTH = 32;

/** Member keys a plain object cannot hold as its own data property through a literal. */
const UNSAFE_KEYS = new Set(["__proto__"]);

/**
 * Plans the module for a metadata document.
 *
 * @param meta - the checked document.
 * @param warn - receives one message per construct mapped to something safer or dropped.
 * @example
 * ```ts
 * const { plans } = planModule(readMetadata(document, warn), warn);
 * plans.map((p) => p.decl.id); // dependencies first: ["SubType", "AllTypes", …]
 * ```
 */
export function planModule(meta: Metadata, warn: (m: string) => void): ModulePlan {
  const byName = new Map<string, Decl>();
  const decls: Decl[] = [];
  meta.types.forEach((def, index) => {
    if (isBuiltin(def)) return;
    const arity = /`([0-9]{1,2})$/.exec(def.name);
    const n = arity ? Number(arity[1]) : def.isGenericTypeDef ? def.genericArgs.length : 0;
    const mapKey = n > 0 && !arity ? `${def.name}\`${n}` : def.name;
    const existing = byName.get(mapKey);
    if (existing) {
      if (existing.def.namespace !== def.namespace) {
        warn(`${def.origin}: a second type named ${JSON.stringify(def.name)} (namespace ${JSON.stringify(def.namespace)}); references resolve to the first, from ${existing.def.origin}`);
      }
      return;
    }
    const kind: Decl["kind"] = def.isEnum ? "enum" : n > 0 ? "generic" : "dto";
    if (kind === "generic" && (def.genericArgs.length !== n || new Set(def.genericArgs).size !== n || def.genericArgs.some((a) => a === ""))) {
      warn(`${def.origin}: generic type ${JSON.stringify(def.name)} lists type parameters ${JSON.stringify(def.genericArgs)}; skipped`);
      return;
    }
    const decl: Decl = { def, id: "", kind, params: [], index };
    byName.set(mapKey, decl);
    decls.push(decl);
  });

  // Identifiers: the CLR name when it is a valid, free one.
  const taken = new Set<string>();
  for (const decl of decls) {
    const base = decl.def.name.replace(/`[0-9]+$/, "");
    decl.id = isIdentifier(base) && !taken.has(base) ? base : freeIdentifier(base, taken, "Type");
    if (decl.id !== base) warn(`${decl.def.origin}: type name ${JSON.stringify(base)} is not a free identifier; exported as ${decl.id}`);
    taken.add(decl.id);
  }

  const opsByRequest = new Map<string, Metadata["operations"][number]>();
  for (const op of meta.operations) if (!opsByRequest.has(op.request)) opsByRequest.set(op.request, op);

  const plans = new Map<Decl, Plan>();
  for (const decl of decls) plans.set(decl, planDecl(decl, byName, opsByRequest.get(decl.def.name), warn));

  // A chain of bases longer than any real API's is cut, so that the module stays linear: at
  // each type that would be the (MAX_BASE_DEPTH + 1)th level, never at a shallower one.
  const baseOf = (p: Plan): Plan | undefined =>
    p.inherits !== undefined && (p.inherits.k === "ref" || p.inherits.k === "call") ? plans.get(p.inherits.decl) : undefined;
  const depths = new Map<Plan, number>();
  for (const plan of plans.values()) {
    const path: Plan[] = [];
    const seen = new Set<Plan>();
    let p: Plan | undefined = plan;
    while (p !== undefined && !depths.has(p) && !seen.has(p)) {
      seen.add(p);
      path.push(p);
      p = baseOf(p);
    }
    // Counted from a base of known depth, or from the root (or where a cycle of bases closes).
    let depth = p !== undefined && depths.has(p) ? depths.get(p)! : -1;
    for (let i = path.length - 1; i >= 0; i--) {
      const q = path[i]!;
      if (++depth > MAX_BASE_DEPTH) {
        warn(`${q.decl.def.name}: more than ${MAX_BASE_DEPTH} levels of base types; its base members are left out`);
        q.inherits = undefined;
        depth = 0;
      }
      depths.set(q, depth);
    }
  }

  // dto() refuses a member its base already has (in any case): the derived one is dropped.
  for (const plan of plans.values()) {
    const inherited = baseWires(plan, plans);
    if (inherited.size === 0) continue;
    plan.members = plan.members.filter((m) => {
      const clash = inherited.has((m.alias ?? m.key).toLowerCase()) || inherited.has(m.key.toLowerCase());
      if (clash) warn(`${plan.decl.def.name}.${m.alias ?? m.key}: its base type has a member of that name; left out`);
      return !clash;
    });
  }

  // Emit every class; an interface only when something uses it.
  const emitted = new Set<Decl>();
  const stack = decls.filter((d) => !d.def.isInterface);
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (emitted.has(d)) continue;
    emitted.add(d);
    for (const dep of edges(plans.get(d)!)) if (!emitted.has(dep)) stack.push(dep);
  }
  const order = decls.filter((d) => emitted.has(d));

  // A generic function that calls itself (or another generic on its cycle) would never return.
  for (let round = 0; round <= order.length; round++) {
    let changed = false;
    for (const scc of components(order, plans)) {
      if (!isCycle(scc, plans)) continue;
      const set = new Set(scc);
      for (const d of scc) {
        if (d.kind !== "generic") continue;
        const plan = plans.get(d)!;
        const cut = (e: Expr, where: string): Expr => {
          if (e.k === "call" && e.decl.kind === "generic" && set.has(e.decl)) {
            warn(`${where}: generic type ${e.clr} refers to itself through its own generic definition; mapped to opaque(${JSON.stringify(e.clr)})`);
            changed = true;
            return { k: "opaque", clr: e.clr };
          }
          if (e.k === "call") return { ...e, args: e.args.map((a) => cut(a, where)) };
          if (e.k === "builder") return { ...e, args: e.args.map((a) => cut(a, where)) };
          return e;
        };
        plan.members = plan.members.map((m) => ({ ...m, expr: cut(m.expr, `${d.def.name}.${m.key}`) }));
        if (plan.inherits) {
          const base = cut(plan.inherits, `${d.def.name} (base type)`);
          plan.inherits = base.k === "opaque" ? undefined : base;
        }
      }
    }
    if (!changed) break;
  }

  const written: Plan[] = [];
  for (const scc of components(order, plans)) {
    if (!isCycle(scc, plans)) {
      written.push(plans.get(scc[0]!)!);
      continue;
    }
    const set = new Set(scc);
    for (const d of scc) plans.get(d)!.cycle = set;
    written.push(...orderCycle(scc, plans, warn));
  }
  const operations = written.filter((p) => p.routes.length > 0 || p.returns !== undefined || opsByRequest.has(p.decl.def.name)).length;
  return { plans: written, taken, operations };
}

function planDecl(decl: Decl, byName: ReadonlyMap<string, Decl>, op: Metadata["operations"][number] | undefined, warn: (m: string) => void): Plan {
  const def = decl.def;
  const params = decl.kind === "generic" ? def.genericArgs : [];
  const scope = (where: string): Scope => ({ decls: byName, params, where, warn });
  const typeOf = (type: string, genericArgs: readonly string[], where: string): Expr => {
    try {
      return resolve(typeOfProperty(type, genericArgs), scope(where));
    } catch (error) {
      if (!(error instanceof TypeNameError)) throw error;
      const clr = genericArgs.length > 0 ? `${type}<${genericArgs.join(",")}>` : type;
      warn(`${where}: malformed type ${JSON.stringify(clr)} (${error.message}); mapped to opaque(${JSON.stringify(type)})`);
      return { k: "opaque", clr: type };
    }
  };
  const plan: Plan = { decl, members: [], inherits: undefined, routes: [], returns: undefined, method: undefined, returnsText: undefined, cycle: undefined };
  if (decl.kind === "enum") return plan;

  const seen = new Map<string, string>();
  for (const p of def.properties) {
    const where = `${def.name}.${p.name}`;
    const wire = p.dataMemberName ?? toCamelCase(p.name);
    let key = wire;
    if (UNSAFE_KEYS.has(key)) key = `${key}_`;
    const clash = seen.get(key.toLowerCase()) ?? seen.get(wire.toLowerCase());
    if (clash !== undefined) {
      warn(`${where}: member ${JSON.stringify(wire)} clashes with ${JSON.stringify(clash)} (the same name, or one that differs only in case); skipped`);
      continue;
    }
    if (/[\[\]{},:"\s]/.test(wire)) {
      warn(`${where}: member name ${JSON.stringify(wire)} holds characters JSV quotes; written as is, as ServiceStack writes it, it does not read back`);
    }
    seen.set(key.toLowerCase(), wire);
    seen.set(wire.toLowerCase(), wire);
    plan.members.push({
      key,
      alias: p.dataMemberName !== undefined || key !== wire ? wire : undefined,
      pascal: p.dataMemberName === undefined && key === wire && key.charAt(0).toUpperCase() + key.slice(1) !== p.name ? p.name : undefined,
      expr: typeOf(p.type, p.genericArgs, where),
      required: p.isRequired,
      description: p.description,
      clrType: p.genericArgs.length > 0 ? `${p.type}<${p.genericArgs.join(",")}>` : p.type,
    });
  }

  if (def.inherits) {
    const base = typeOf(def.inherits.name, def.inherits.genericArgs, `${def.name} (base type)`);
    if ((base.k === "ref" && base.decl.kind === "dto") || base.k === "call") plan.inherits = base;
    else warn(`${def.name}: base type ${JSON.stringify(def.inherits.name)} is not a DTO the metadata describes; its members are left out`);
  }

  if (op) {
    if (decl.kind !== "dto") {
      warn(`${def.name}: the request of an operation is generic; its routes are left out`);
      return plan;
    }
    plan.routes = op.routes;
    plan.method = op.method;
    if (op.returnsVoid) {
      plan.returns = "void";
      plan.returnsText = "void";
    } else if (op.returnType) {
      plan.returns = typeOf(op.returnType.name, op.returnType.genericArgs, `${def.name} (return type)`);
      const args = op.returnType.genericArgs;
      plan.returnsText = `${op.returnType.name.replace(/`[0-9]+$/, "")}${args.length > 0 ? `<${args.join(",")}>` : ""}`;
    }
  }
  return plan;
}

/** The wire names and keys, lower-cased, of every member a plan's base types hold. */
function baseWires(plan: Plan, plans: ReadonlyMap<Decl, Plan>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<Decl>([plan.decl]);
  for (let base = plan.inherits; base !== undefined && (base.k === "ref" || base.k === "call") && !seen.has(base.decl); ) {
    seen.add(base.decl);
    const basePlan = plans.get(base.decl);
    if (basePlan === undefined) break;
    for (const m of basePlan.members) {
      out.add((m.alias ?? m.key).toLowerCase());
      out.add(m.key.toLowerCase());
    }
    base = basePlan.inherits;
  }
  return out;
}

/** Every declaration a plan refers to. */
function edges(plan: Plan): Decl[] {
  const out: Decl[] = [];
  for (const m of plan.members) declsOf(m.expr, out);
  if (plan.inherits) declsOf(plan.inherits, out);
  if (plan.returns !== undefined && plan.returns !== "void") declsOf(plan.returns, out);
  return out;
}

/** What must exist before a plan's declaration runs, even on a cycle: its base type and the generic functions it calls. */
function strongEdges(plan: Plan): Decl[] {
  const out: Decl[] = [];
  for (const m of plan.members) out.push(...calls(m.expr));
  if (plan.returns !== undefined && plan.returns !== "void") out.push(...calls(plan.returns));
  if (plan.inherits) out.push(...strongOf(plan.inherits));
  return out;
}

/** The generic functions an expression calls. */
function calls(e: Expr, out: Decl[] = []): Decl[] {
  if (e.k === "call") {
    out.push(e.decl);
    e.args.forEach((a) => calls(a, out));
  } else if (e.k === "builder") e.args.forEach((a) => calls(a, out));
  return out;
}

/** What a base-type expression needs to exist: the base itself, or the generic functions it calls. */
function strongOf(base: Expr): Decl[] {
  return base.k === "ref" ? [base.decl] : calls(base);
}

function isCycle(scc: readonly Decl[], plans: ReadonlyMap<Decl, Plan>): boolean {
  return scc.length > 1 || edges(plans.get(scc[0]!)!).includes(scc[0]!);
}

/**
 * Tarjan's strongly connected components, iteratively (a hostile document may be deep),
 * dependencies first; ties in document order.
 */
function components(order: readonly Decl[], plans: ReadonlyMap<Decl, Plan>): Decl[][] {
  const inOrder = new Set(order);
  const index = new Map<Decl, number>();
  const low = new Map<Decl, number>();
  const onStack = new Set<Decl>();
  const stack: Decl[] = [];
  const result: Decl[][] = [];
  let next = 0;
  for (const root of order) {
    if (index.has(root)) continue;
    const work: { node: Decl; deps: Decl[]; i: number }[] = [];
    const enter = (node: Decl): void => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, deps: edges(plans.get(node)!).filter((d) => inOrder.has(d)), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.deps.length) {
        const dep = top.deps[top.i++]!;
        if (!index.has(dep)) enter(dep);
        else if (onStack.has(dep)) low.set(top.node, Math.min(low.get(top.node)!, index.get(dep)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const scc: Decl[] = [];
        for (;;) {
          const d = stack.pop()!;
          onStack.delete(d);
          scc.push(d);
          if (d === top.node) break;
        }
        result.push(scc.sort((a, b) => a.index - b.index));
      }
    }
  }
  return result;
}

/**
 * The declarations of one cycle in an order that runs: each after its base type and the
 * generic functions it calls (references to the others are lazy). A cycle of base types is
 * broken by dropping one base, with a warning.
 */
function orderCycle(scc: readonly Decl[], plans: ReadonlyMap<Decl, Plan>, warn: (m: string) => void): Plan[] {
  const set = new Set(scc);
  const pending = [...scc];
  const done = new Set<Decl>();
  const out: Plan[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((d) => strongEdges(plans.get(d)!).every((s) => !set.has(s) || done.has(s)));
    if (i >= 0) {
      const d = pending.splice(i, 1)[0]!;
      done.add(d);
      out.push(plans.get(d)!);
      continue;
    }
    // Every cycle of strong edges has a base-type edge (calls go to generics, whose calls to
    // each other were cut): drop the first such base.
    const victim = pending.find((d) => {
      const base = plans.get(d)!.inherits;
      return base !== undefined && strongOf(base).some((s) => set.has(s) && !done.has(s));
    });
    if (!victim) throw new Error(`internal: cannot order the cycle of ${pending[0]!.def.name}`);
    warn(`${victim.def.name}: its base type is on a cycle of base types; its base members are left out`);
    plans.get(victim)!.inherits = undefined;
  }
  return out;
}
