export { KINDS, ALL_KINDS, ALL_RULES, kindOf, getForm, newestVersion, rulesOf, type KindJsonMembers } from "./registry";
export { FACES, faceOf } from "./faces";
export type { UnitValue, FormKind, KindFace, KindLabels, KindSums, KindJson, Recognised } from "./kind";
