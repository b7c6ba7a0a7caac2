package org.marsad.ingest.feed;

import java.net.URI;

/**
 * The outcome of a successful (2xx or 304) request.
 *
 * @param url          the final URL after redirects
 * @param notModified  true for 304 Not Modified (body is empty)
 * @param body         the body, decompressed
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record FetchResult(URI url, boolean notModified, byte[] body, String contentType, String etag, String lastModified) {}
