/**
 * What every proxy shares, with Office.js semantics: `load()` queues a read, `sync()` fills
 * the loaded fields, reading a field that was neither loaded nor set throws PropertyNotLoaded,
 * setting a field queues a write and makes the new value readable at once (as Office.js keeps
 * it in the proxy), and a null object's properties read as undefined.
 */
import type { Commit, FakeRequestContext, Op } from "./context";
import { itemNotFound, notImplemented, propertyNotLoaded, valueNotLoaded } from "./errors";
import { itemProps, parseLoad } from "./load";

export abstract class FakeClientObject {
  /** @internal Office.js's `m_…` fields: what was loaded or set. */
  _fields: Record<string, unknown> = {};
  /** @internal undefined until a sync tells whether the object exists. */
  _isNull: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** @internal The Office.js class name, used in error locations ("Range.values"). */
  abstract readonly _className: string;
  /** @internal The properties `load` can read. */
  abstract _scalarNames(): readonly string[];
  /** @internal Reads one property from the model at sync time. */
  abstract _readScalar(name: string): unknown;
  /** @internal At sync time: whether this is a null object (throws when it cannot be resolved). */
  abstract _resolveIsNull(): boolean;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  load(option?: string): this {
    const names = parseLoad(option, this._className);
    this._checkNames(names);
    this.context._enqueue(`${this._className}.load`, () => this._snapshot(names));
    return this;
  }

  /** @internal Unknown names fail at the call, where the stack points at the caller's typo. */
  _checkNames(names: readonly string[]): void {
    for (const name of names) if (!this._scalarNames().includes(name)) throw notImplemented(`${this._className}.${name}`);
  }

  /** @internal Reads the properties from the model now; the returned commit stores them in the proxy. */
  _snapshot(names: readonly string[]): Commit {
    if (this._resolveIsNull()) {
      return () => {
        this._isNull = true;
      };
    }
    const values = names.map((name) => [name, this._readScalar(name)] as const);
    return () => {
      for (const [name, value] of values) this._fields[name] = value;
      this._isNull = false;
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
}

/** A collection: `items` is a loaded field, filled with fresh proxies at each load. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** @internal The items as they are at sync time. */
  abstract _listItems(): T[];
  /** @internal A detached item, only to check the names a load asks of the items. */
  abstract _sampleItem(): T;

  get items(): T[] {
    return this._get<T[]>("items");
  }

  override _scalarNames(): readonly string[] {
    return [];
  }

  override _readScalar(name: string): unknown {
    throw notImplemented(`${this._className}.${name}`);
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override load(option?: string): this {
    const names = itemProps(option, this._className);
    this._sampleItem()._checkNames(names);
    this.context._enqueue(`${this._className}.load`, () => {
      const items = this._listItems();
      const commits = items.map((item) => item._snapshot(names));
      return () => {
        this._fields["items"] = items;
        this._isNull = false;
        for (const commit of commits) commit();
      };
    });
    return this;
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
