/**
 * What every proxy shares, with Office.js semantics: `load()` queues a read, `sync()` fills
 * the loaded fields, reading a field that was neither loaded nor set throws PropertyNotLoaded,
 * setting a field queues a write and makes the new value readable at once (as Office.js keeps
 * it in the proxy), and null objects read as undefined.
 */
import type { Commit, FakeRequestContext, Op } from "./context";
import { FakeOfficeError, itemNotFound, propertyNotLoaded, valueNotLoaded } from "./errors";
import { collectionTree, type LoadOption, type LoadTree, parseLoad } from "./load";

export abstract class FakeClientObject {
  /** @internal Office.js's `m_…` fields: what was loaded or set. */
  _fields: Record<string, unknown> = {};
  /** @internal undefined until a sync tells whether the object exists. */
  _isNull: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** @internal The Office.js class name, used in error locations ("Range.values"). */
  abstract readonly _className: string;
  /** @internal Scalar properties: what `load()` with no argument loads. */
  abstract _scalarNames(): readonly string[];
  /** @internal Reads one scalar from the model at sync time. */
  abstract _readScalar(name: string): unknown;
  /** @internal At sync time: whether this is a null object (throws when it cannot be resolved). */
  abstract _resolveIsNull(): boolean;
  /** @internal Navigation properties that `load("format/fill/color")` can reach. */
  _child(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  load(option?: LoadOption): this {
    const tree = this._prepareTree(parseLoad(option));
    this._checkTree(tree);
    this.context._enqueue(`${this._className}.load`, () => this._snapshot(tree));
    return this;
  }

  /** @internal */
  _prepareTree(tree: LoadTree): LoadTree {
    return tree;
  }

  /** @internal Unknown names fail at the call, where the stack points at the caller's typo. */
  _checkTree(tree: LoadTree): void {
    for (const name of tree.props) {
      if (!this._scalarNames().includes(name) && !this._child(name)) {
        throw new FakeOfficeError("NotImplemented", `The Excel fake has no property '${this._className}.${name}'.`, `${this._className}.${name}`);
      }
    }
    for (const [name, sub] of tree.nav) {
      const child = this._child(name);
      if (!child) throw new FakeOfficeError("NotImplemented", `The Excel fake has no property '${this._className}.${name}'.`, `${this._className}.${name}`);
      child._checkTree(child._prepareTree(sub));
    }
  }

  /** @internal Reads the tree from the model now; the returned commit stores it in the proxies. */
  _snapshot(tree: LoadTree): Commit {
    if (this._resolveIsNull()) {
      return () => {
        this._isNull = true;
      };
    }
    const names = new Set<string>(tree.all ? this._scalarNames() : []);
    const children = new Map(tree.nav);
    for (const name of tree.props) {
      if (this._scalarNames().includes(name)) names.add(name);
      // `load("format")` on a navigation property loads its scalars.
      else if (!children.has(name)) children.set(name, { all: true, props: new Set(), nav: new Map() });
    }
    const values = [...names].map((name) => [name, this._readScalar(name)] as const);
    const commits = [...children].map(([name, sub]) => {
      const child = this._child(name)!;
      return child._snapshot(child._prepareTree(sub));
    });
    return () => {
      for (const [name, value] of values) this._fields[name] = value;
      this._isNull = false;
      for (const commit of commits) commit();
    };
  }

  /** @internal A property read, as Office.js's `_throwIfNotLoaded`. */
  _get<T>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (!(name in this._fields)) throw propertyNotLoaded(name, this._className);
    return this._fields[name] as T;
  }

  /** @internal A property write: readable at once, applied at the next sync. */
  _set(name: string, value: unknown, apply: () => void): void {
    this.context._enqueue(`${this._className}.${name}`, apply);
    this._fields[name] = value;
  }

  /** @internal A method call, applied at the next sync. */
  _call(method: string, apply: Op): void {
    this.context._enqueue(`${this._className}.${method}`, apply);
  }

  /** @internal Throws ItemNotFound for a null object, as Excel does when one is used. */
  _notNull<T>(target: T | null | undefined, where: string): T {
    if (target === null || target === undefined) throw itemNotFound(`${this._className}.${where}`);
    return target;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this._fields)) {
      out[k] = Array.isArray(v) ? v.map((x) => (x instanceof FakeClientObject ? x.toJSON() : x)) : v;
    }
    return out;
  }
}

/** A collection: `items` is a loaded field, filled with fresh proxies at each load. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** @internal The items as they are at sync time. */
  abstract _listItems(): T[];

  get items(): T[] {
    return this._get<T[]>("items");
  }

  override _scalarNames(): readonly string[] {
    return [];
  }

  override _readScalar(name: string): unknown {
    throw new Error(`no scalar ${name}`);
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _prepareTree(tree: LoadTree): LoadTree {
    return tree.nav.size === 1 && tree.nav.has("items") && tree.props.size === 0 && !tree.all ? tree : collectionTree(tree, this._scalarNames());
  }

  /** @internal A detached item, only to check the names a load asks of the items. */
  abstract _sampleItem(): T;

  override _checkTree(tree: LoadTree): void {
    for (const name of tree.props) {
      if (!this._scalarNames().includes(name)) {
        throw new FakeOfficeError("NotImplemented", `The Excel fake has no property '${this._className}.${name}'.`, `${this._className}.${name}`);
      }
    }
    const items = tree.nav.get("items");
    if (items) {
      const sample = this._sampleItem();
      sample._checkTree(sample._prepareTree(items));
    }
  }

  override _snapshot(tree: LoadTree): Commit {
    const itemsTree = tree.nav.get("items");
    if (!itemsTree) return () => undefined;
    const items = this._listItems();
    const commits = items.map((item) => item._snapshot(item._prepareTree(itemsTree)));
    return () => {
      this._fields["items"] = items;
      this._isNull = false;
      for (const commit of commits) commit();
    };
  }
}

/** Office.js's `ClientResult<T>`: `value` is readable after the sync that carried it. */
export class FakeClientResult<T> {
  private loaded = false;
  private stored: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.stored as T;
  }

  /** @internal */
  _resolve(value: T): void {
    this.stored = value;
    this.loaded = true;
  }
}
