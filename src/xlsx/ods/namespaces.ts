/**
 * The OpenDocument vocabulary, for the namespace filter every part goes through: an .ods
 * is read by the namespaces ODF 1.2/1.3 defines and those LibreOffice, OpenOffice and
 * WPS write beside them. An element of any other namespace refuses the file, as for an
 * .xlsx, so a value hidden under a made-up prefix is never read.
 */
const OASIS = "urn:oasis:names:tc:opendocument:xmlns:";

export const ODF_NAMESPACES: readonly string[] = Object.freeze([
  ...["office:1.0", "style:1.0", "text:1.0", "table:1.0", "drawing:1.0", "xsl-fo-compatible:1.0", "meta:1.0", "datastyle:1.0", "presentation:1.0", "svg-compatible:1.0", "chart:1.0", "dr3d:1.0", "form:1.0", "script:1.0", "of:1.2", "manifest:1.0", "smil-compatible:1.0", "animation:1.0", "config:1.0", "database:1.0"].map((n) => OASIS + n),
  "http://www.w3.org/1999/xlink",
  "http://purl.org/dc/elements/1.1/",
  "http://www.w3.org/1998/Math/MathML",
  "http://openoffice.org/2004/office",
  "http://openoffice.org/2004/writer",
  "http://openoffice.org/2004/calc",
  "http://www.w3.org/2001/xml-events",
  "http://www.w3.org/2002/xforms",
  "http://www.w3.org/2001/XMLSchema",
  "http://www.w3.org/2001/XMLSchema-instance",
  "http://openoffice.org/2005/report",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/2003/g/data-view#",
  "http://openoffice.org/2009/table",
  "http://openoffice.org/2010/draw",
  "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
  "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
  "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
  "urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0",
  "http://www.w3.org/TR/css3-text/",
]);
