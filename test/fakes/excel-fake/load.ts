/**
 * The argument of `load()`, in all the forms Office.js accepts, turned into one tree:
 *   load()                          every scalar property
 *   load("values, address")         a comma list; `format/fill/color` reaches into children
 *   load(["values", "format/font"]) an array of the same
 *   load({ select: "a,b", expand: "format" })
 *   load({ values: true, format: { fill: { color: true } } })
 * On a collection, a path that is not `items/...` applies to the items (`load("name")`).
 */
export interface LoadTree {
  /** Every scalar property of this object. */
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, props: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return;
  let node = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i]!;
    let child = node.nav.get(name);
    if (!child) {
      child = emptyTree();
      node.nav.set(name, child);
    }
    node = child;
  }
  node.props.add(parts[parts.length - 1]!);
}

function addExpand(tree: LoadTree, path: string): void {
  const parts = path.split("/").map((p) => p.trim()).filter((p) => p !== "");
  let node = tree;
  for (const name of parts) {
    let child = node.nav.get(name);
    if (!child) {
      child = emptyTree();
      node.nav.set(name, child);
    }
    node = child;
  }
  if (node !== tree) node.all = true;
}

function fromObject(tree: LoadTree, spec: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(spec)) {
    if (key.startsWith("$") || value === false || value === undefined || value === null) continue;
    if (value === true) tree.props.add(key);
    else if (typeof value === "object") {
      const child = tree.nav.get(key) ?? emptyTree();
      const inner = value as Record<string, unknown>;
      if (Object.keys(inner).filter((k) => !k.startsWith("$")).length === 0) child.all = true;
      else fromObject(child, inner);
      tree.nav.set(key, child);
    }
  }
}

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

export function parseLoad(option: LoadOption): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === "string") {
    for (const p of option.split(",")) addPath(tree, p);
  } else if (Array.isArray(option)) {
    for (const p of option) addPath(tree, String(p));
  } else if (typeof option === "object") {
    const select = option["select"];
    const expand = option["expand"];
    if (select !== undefined || expand !== undefined) {
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : []);
      for (const p of list(select)) addPath(tree, p);
      for (const p of list(expand)) addExpand(tree, p);
      if (select === undefined) tree.all = true;
    } else fromObject(tree, option);
  }
  if (!tree.all && tree.props.size === 0 && tree.nav.size === 0) tree.all = true;
  return tree;
}

/** On a collection: everything but `items` moves under `items`. */
export function collectionTree(tree: LoadTree, ownScalars: readonly string[]): LoadTree {
  const items = tree.nav.get("items") ?? emptyTree(tree.all || tree.props.has("items"));
  const own = emptyTree();
  for (const p of tree.props) {
    if (p === "items") items.all = true;
    else if (ownScalars.includes(p)) own.props.add(p);
    else items.props.add(p);
  }
  for (const [name, sub] of tree.nav) if (name !== "items") items.nav.set(name, sub);
  own.nav.set("items", items);
  return own;
}
