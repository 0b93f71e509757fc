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

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    // Keeps `instanceof` working when TS compiles classes extending Error down to ES5.
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, entity?: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    entity ? `${entity}.${property}` : undefined,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(where: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", where, 404);
}

export function itemAlreadyExists(where: string): FakeOfficeError {
  return new FakeOfficeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", where, 409);
}

export function invalidArgument(where: string, message = "The argument is invalid or missing or has an incorrect format."): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message, where);
}

export function dimensionMismatch(where: string): FakeOfficeError {
  return invalidArgument(where, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
}

export function invalidOperation(where: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.", where);
}

export function accessDenied(where: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", where, 401);
}

export function apiNotFound(member: string, set: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${member} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
    member,
    404,
  );
}

export function invalidObjectPath(where: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidObjectPath",
    `The object path '${where}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    where,
  );
}

export function runMustReturnPromise(): FakeOfficeError {
  return new FakeOfficeError(
    "RunMustReturnPromise",
    `The batch function passed to the ".run" method didn't return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.`,
  );
}

/** Not an Office error: the code under test reached for a member the fake leaves out (see README.md). */
export function notImplemented(member: string, what = `The Excel fake has no '${member}'.`): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `${what} Add it when the adapter starts using it (README.md, "Adding a member").`, member);
}
