/**
 * The errors the fake throws, shaped like Office.js's `OfficeExtension.Error` (name
 * "RichApi.Error", `code`, `debugInfo.errorLocation`) and worded like Office.js and Excel, so
 * that code which branches on `e.code` or shows `e.message` behaves as it would in Excel.
 */
export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly httpStatusCode: number;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    // Keeps `instanceof` working when TS compiles classes extending Error down to ES5.
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Office.js's `OfficeExtension.ErrorCodes` and `Excel.ErrorCodes`, the subset the fake raises. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export function propertyNotLoaded(property: string, entity?: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    entity ? `${entity}.${property}` : undefined,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.valueNotLoaded,
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(where: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", where, 404);
}

export function itemAlreadyExists(where: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.itemAlreadyExists, "A resource with the same name or identifier already exists.", where, 409);
}

export function invalidArgument(where: string, message = "The argument is invalid or missing or has an incorrect format."): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.invalidArgument, message, where);
}

export function dimensionMismatch(where: string): FakeOfficeError {
  return invalidArgument(where, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
}

export function invalidOperation(where: string, message = "This operation is not permitted for the current object."): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.invalidOperation, message, where);
}

export function accessDenied(where: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.accessDenied, "You cannot perform the requested operation.", where, 401);
}

export function apiNotFound(member: string, set: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.apiNotFound,
    `The method or property ${member} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
    member,
    404,
  );
}

export function invalidObjectPath(where: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidObjectPath,
    `The object path '${where}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    where,
  );
}

export function invalidRequestContext(where: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.invalidRequestContext, "Cannot use the object across different request contexts.", where);
}

export function runMustReturnPromise(): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.runMustReturnPromise,
    `The batch function passed to the ".run" method didn't return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.`,
  );
}
