export { textOf, textAt, holdsNumber, isBlankCell } from "./cell-text";
export { normalizeLabel, normalizeLabelLoose, normalizeText, isPlaceholderText } from "./normalize";
export { itemName } from "./item";
export { foldLabel, foldLabelLoose, foldText } from "./label-fold";
