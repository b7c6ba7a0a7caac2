package org.marsad.app.http;

/** A request the API refuses, with the status and problem type to answer with. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String slug;
  private final String title;

  public ApiException(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad-request", "Bad request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not-found", "Not found", detail);
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "unauthorized", "Missing or wrong token", detail);
  }

  public static ApiException unsupportedMediaType(String detail) {
    return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail);
  }

  public Problem problem() {
    return new Problem("urn:marsad:problem:" + slug, title, status, getMessage());
  }
}
