/**
 * Bytes to text: byte-order marks, UTF-8 validation, Windows-1256 / ISO-8859-6 detection for
 * Arabic, and rejection of binary or undecodable input. Start at {@link org.marsad.ingest.charset.TextDecoder}.
 */
package org.marsad.ingest.charset;
