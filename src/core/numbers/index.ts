export { readNumberVi, type NumberReading, type AmbiguityReason } from "./read-number";
export { classifyAffix, type AffixKind } from "./affixes";
export { readDateText, excelSerialToIso, isoToExcelSerial, isValidDate, isDateFormat, formatDateVi, toIso, localIsoDate, type DateReading } from "./dates";
