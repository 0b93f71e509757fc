/**
 * Office.js failures as the pane shows them: an `ExcelPortError` whose message is the
 * catalogue's Vietnamese text and whose `code` the pane can branch on. The original
 * error stays in `cause` (and its code in `officeCode`) for whoever debugs.
 */
import { message, type MessageCode } from "../core/messages";

export type ExcelPortErrorCode =
  /** The host lacks ExcelApi 1.13: sheets cannot be inserted (offer the download instead). */
  | "insertUnsupported"
  /** The host lacks a requirement set an operation needs. */
  | "apiUnsupported"
  | "sheetNotFound"
  /** Something named is gone, but which one Excel did not say. */
  | "sheetsChanged"
  | "protected"
  | "nameTaken"
  | "invalidArgument"
  | "notAllowed"
  /** The user is typing in a cell: Excel queues nothing until they finish. */
  | "cellEditMode"
  | "tooLarge"
  | "unexpected";

export type Operation = "list" | "insert" | "read" | "select" | "fix";

export class ExcelPortError extends Error {
  readonly code: ExcelPortErrorCode;
  /** Office.js's own code ("ItemNotFound", "AccessDenied"…), when the error came from Excel. */
  readonly officeCode: string | undefined;
  readonly cause: unknown;

  constructor(code: ExcelPortErrorCode, text: string, officeCode?: string, cause?: unknown) {
    super(text);
    this.name = "ExcelPortError";
    this.code = code;
    this.officeCode = officeCode;
    this.cause = cause;
  }
}

const ERROR_TEXT: Record<ExcelPortErrorCode, MessageCode> = {
  insertUnsupported: "excel.error.insertUnsupported",
  apiUnsupported: "excel.error.apiUnsupported",
  sheetNotFound: "excel.error.sheetNotFound",
  sheetsChanged: "excel.error.sheetsChanged",
  protected: "excel.error.protected",
  nameTaken: "excel.error.nameTaken",
  invalidArgument: "excel.error.invalidArgument",
  notAllowed: "excel.error.notAllowed",
  cellEditMode: "excel.error.cellEditMode",
  tooLarge: "excel.error.tooLarge",
  unexpected: "excel.error.unexpected",
};

const OPERATION_TEXT: Record<Operation, MessageCode> = {
  list: "excel.op.list",
  insert: "excel.op.insert",
  read: "excel.op.read",
  select: "excel.op.select",
  fix: "excel.op.fix",
};

export function portError(code: ExcelPortErrorCode, operation: Operation, params: Record<string, string> = {}, officeCode?: string, cause?: unknown): ExcelPortError {
  const text = message(ERROR_TEXT[code], { operation: message(OPERATION_TEXT[operation]), ...params });
  return new ExcelPortError(code, text, officeCode, cause);
}

/** What the failing batch was working on, when it knows: the one sheet it named. */
export interface ErrorWhere {
  sheet?: string;
}

/** Office.js error codes (Excel.ErrorCodes / OfficeExtension.ErrorCodes) and what they mean to the user. */
const BY_OFFICE_CODE = new Map<string, ExcelPortErrorCode>([
  ["AccessDenied", "protected"],
  ["ApiNotFound", "apiUnsupported"],
  ["ItemNotFound", "sheetNotFound"],
  ["ItemAlreadyExists", "nameTaken"],
  ["InvalidArgument", "invalidArgument"],
  ["InvalidOperation", "notAllowed"],
  ["InvalidSelection", "notAllowed"],
  ["UnsupportedOperation", "notAllowed"],
  ["InvalidOperationInCellEditMode", "cellEditMode"],
  ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
  ["RequestPayloadSizeLimitExceeded", "tooLarge"],
]);

function officeCodeOf(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function detailOf(e: unknown): string {
  const text = e instanceof Error ? e.message : typeof e === "object" && e !== null && "message" in e ? String((e as { message: unknown }).message) : String(e);
  return text.trim() || String(officeCodeOf(e) ?? "?");
}

/** Any failure of a batch, as the error the pane shows. An ExcelPortError passes through unchanged. */
export function toPortError(e: unknown, operation: Operation, where: ErrorWhere = {}): ExcelPortError {
  if (e instanceof ExcelPortError) return e;
  const officeCode = officeCodeOf(e);
  let code: ExcelPortErrorCode = (officeCode !== undefined && BY_OFFICE_CODE.get(officeCode)) || "unexpected";
  const params: Record<string, string> = { detail: detailOf(e) };
  if (where.sheet !== undefined) params.sheet = where.sheet;
  // Without the sheet's name the user cannot act on "not found": say the sheets changed instead.
  if (code === "sheetNotFound" && where.sheet === undefined) code = "sheetsChanged";
  // Office.js names the set in its message; the text keeps it short and in Vietnamese.
  if (code === "apiUnsupported") params.version = /ExcelApi\s+([\d.]+)/.exec(params.detail!)?.[1] ?? "?";
  // The text names the sheet to trim; without one, the plain report is more honest.
  if (code === "tooLarge" && where.sheet === undefined) code = "unexpected";
  return portError(code, operation, params, officeCode, e);
}
