/** Package relationships (`_rels/*.rels`): which part plays which role. */
import { PACKAGE_RELATIONSHIPS } from "../xml/namespaces";
import { PartMemo } from "./part-memo";
import type { PartReader } from "./parts";
import type { ZipEntry } from "./zip";

export interface Relationship {
  /**
   * The last segment of the relationship type, e.g. `worksheet`, `sharedStrings`: the
   * Transitional and Strict namespaces differ only before it.
   */
  kind: string;
  /** The target as a part name inside the zip (no leading `/`). */
  target: string;
}

export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function directoryOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(base: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray `%` is a literal character in the name.
  }
  const absolute = t.startsWith("/");
  const segments = (absolute ? t : base + t).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}

const kept = new PartMemo<ReadonlyMap<string, Relationship>>();

/** Relationships by id; an absent rels part gives an empty map. */
export function readRels(reader: PartReader, source: string): ReadonlyMap<string, Relationship> {
  const entry = reader.find(relsPartFor(source));
  if (!entry) return new Map();
  // The targets resolve against the source's folder: the same bytes elsewhere mean other parts.
  return reader.reuse(kept, entry, source, () => parseRels(reader, entry, directoryOf(source)));
}

function parseRels(reader: PartReader, entry: ZipEntry, base: string): ReadonlyMap<string, Relationship> {
  const rels = new Map<string, Relationship>();
  reader.parseXml(entry, {
    open(tag) {
      if (tag.local !== "Relationship") return;
      const [id, target, type] = [tag.attr("Id"), tag.attr("Target"), tag.attr("Type")];
      if (tag.attr("TargetMode") === "External" || !id || !target || !type) return;
      rels.set(id, { kind: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(base, target) });
    },
  }, PACKAGE_RELATIONSHIPS);
  return rels;
}

export function firstOfKind(rels: ReadonlyMap<string, Relationship>, kind: string): Relationship | undefined {
  for (const r of rels.values()) if (r.kind === kind) return r;
  return undefined;
}
